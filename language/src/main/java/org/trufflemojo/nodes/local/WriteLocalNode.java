package org.trufflemojo.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;

/**
 * Writes a local variable; one subclass per frame slot kind. With a position and a variable the
 * program named, it carries Truffle's write-variable tag.
 */
public abstract class WriteLocalNode extends MojoStatementNode {
    protected final int slot;
    @Child protected MojoExpressionNode value;

    protected WriteLocalNode(int slot, MojoExpressionNode value) {
        this.slot = slot;
        this.value = value;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        if (tag == StandardTags.WriteVariableTag.class) {
            return VariableNames.of(this, slot) != null;
        }
        return super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        String name = VariableNames.of(this, slot);
        return name == null ? null : new VariableNodeObject(StandardTags.WriteVariableTag.NAME, name);
    }

    public static final class LongWrite extends WriteLocalNode {
        public LongWrite(int slot, MojoExpressionNode value) {
            super(slot, value);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setLong(slot, value.executeLong(frame));
        }
    }

    public static final class DoubleWrite extends WriteLocalNode {
        public DoubleWrite(int slot, MojoExpressionNode value) {
            super(slot, value);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setDouble(slot, value.executeDouble(frame));
        }
    }

    public static final class BooleanWrite extends WriteLocalNode {
        public BooleanWrite(int slot, MojoExpressionNode value) {
            super(slot, value);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setBoolean(slot, value.executeBoolean(frame));
        }
    }

    public static final class ObjectWrite extends WriteLocalNode {
        public ObjectWrite(int slot, MojoExpressionNode value) {
            super(slot, value);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setObject(slot, value.executeGeneric(frame));
        }
    }
}
