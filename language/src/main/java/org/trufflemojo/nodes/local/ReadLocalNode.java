package org.trufflemojo.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;

import org.trufflemojo.nodes.MojoExpressionNode;

/**
 * Reads a local variable. The slot's kind is fixed by the variable's static type, so each subclass
 * reads exactly one kind; the ownership check guarantees the slot was written before. With a
 * position and a variable the program named, it carries Truffle's read-variable tag.
 */
public abstract class ReadLocalNode extends MojoExpressionNode {
    protected final int slot;

    protected ReadLocalNode(int slot) {
        this.slot = slot;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        if (tag == StandardTags.ReadVariableTag.class) {
            return VariableNames.of(this, slot) != null;
        }
        return super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        String name = VariableNames.of(this, slot);
        return name == null ? null : new VariableNodeObject(StandardTags.ReadVariableTag.NAME, name);
    }

    public static final class LongRead extends ReadLocalNode {
        public LongRead(int slot) {
            super(slot);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return frame.getLong(slot);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return frame.getLong(slot);
        }
    }

    public static final class DoubleRead extends ReadLocalNode {
        public DoubleRead(int slot) {
            super(slot);
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return frame.getDouble(slot);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return frame.getDouble(slot);
        }
    }

    public static final class BooleanRead extends ReadLocalNode {
        public BooleanRead(int slot) {
            super(slot);
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return frame.getBoolean(slot);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return frame.getBoolean(slot);
        }
    }

    public static final class ObjectRead extends ReadLocalNode {
        public ObjectRead(int slot) {
            super(slot);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return frame.getObject(slot);
        }
    }

    /**
     * Reads an owning value at the point the ownership check moves it out of its variable (a last
     * use, or {@code x^}), and clears the slot: the value has a new owner, who may destroy it, so a
     * debugger must not show it as this variable's any more.
     */
    public static final class MoveOut extends ReadLocalNode { // (owning values live in object slots)
        public MoveOut(int slot) {
            super(slot);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object value = frame.getObject(slot);
            frame.clear(slot);
            return value;
        }
    }
}
