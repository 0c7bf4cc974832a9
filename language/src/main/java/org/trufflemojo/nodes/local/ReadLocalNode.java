package org.trufflemojo.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;

/**
 * Reads a local variable. The slot's kind is fixed by the variable's static type, so each subclass
 * reads exactly one kind; the ownership check guarantees the slot was written before.
 */
public abstract class ReadLocalNode extends MojoExpressionNode {
    protected final int slot;

    protected ReadLocalNode(int slot) {
        this.slot = slot;
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
}
