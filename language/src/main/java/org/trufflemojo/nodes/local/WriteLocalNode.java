package org.trufflemojo.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;

/** Writes a local variable; one subclass per frame slot kind. */
public abstract class WriteLocalNode extends MojoStatementNode {
    protected final int slot;
    @Child protected MojoExpressionNode value;

    protected WriteLocalNode(int slot, MojoExpressionNode value) {
        this.slot = slot;
        this.value = value;
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
