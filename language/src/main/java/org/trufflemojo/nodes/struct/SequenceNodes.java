package org.trufflemojo.nodes.struct;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;
import org.trufflemojo.core.Repr;

/** Expressions combined with statements (the destroys placed before or after them). */
public final class SequenceNodes {
    private SequenceNodes() {
    }

    /** An expression followed by statements (the destroys placed after it), keeping the expression's value. */
    public static final class ThenDestroy extends MojoExpressionNode {
        @Child private MojoExpressionNode value;
        @Child private MojoStatementNode after;

        public ThenDestroy(MojoExpressionNode value, MojoStatementNode after) {
            this.value = value;
            this.after = after;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            after.executeVoid(frame);
            return v;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            long v = value.executeLong(frame);
            after.executeVoid(frame);
            return v;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            double v = value.executeDouble(frame);
            after.executeVoid(frame);
            return v;
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            boolean v = value.executeBoolean(frame);
            after.executeVoid(frame);
            return v;
        }
    }

    /** Statements (the destroys placed before an expression, at the start of a branch; a comprehension's loop), then the expression's value. */
    public static final class DestroyThen extends MojoExpressionNode {
        @Child private MojoStatementNode before;
        @Child private MojoExpressionNode value;

        public DestroyThen(MojoStatementNode before, MojoExpressionNode value) {
            this.before = before;
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            before.executeVoid(frame);
            return value.executeGeneric(frame);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            before.executeVoid(frame);
            return value.executeLong(frame);
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            before.executeVoid(frame);
            return value.executeDouble(frame);
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            before.executeVoid(frame);
            return value.executeBoolean(frame);
        }
    }

    /** Evaluates a value, keeps it in a hidden local (so it can be destroyed later) and yields it. */
    public static final class StoreTemp extends MojoExpressionNode {
        @Child private MojoExpressionNode value;
        private final int slot;
        /** Register values (an address, a number) live in primitive slots, as locals of their type do. */
        private final Repr repr;

        public StoreTemp(MojoExpressionNode value, int slot, Repr repr) {
            this.value = value;
            this.slot = slot;
            this.repr = repr;
        }

        /** The expression whose value is kept. */
        public MojoExpressionNode value() {
            return value;
        }

        /**
         * The hidden local, for a node that uses the value in place instead (and keeps there a value
         * whose destroy does nothing); only for a temporary kept as an object.
         */
        public int objectSlot() {
            if (repr != Repr.OBJECT) {
                throw new IllegalStateException("temporary of kind " + repr);
            }
            return slot;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return switch (repr) {
                case LONG -> executeLong(frame);
                case DOUBLE -> executeDouble(frame);
                case BOOLEAN -> executeBoolean(frame);
                default -> {
                    Object v = value.executeGeneric(frame);
                    frame.setObject(slot, v);
                    yield v;
                }
            };
        }

        // A consumer may read the value as a primitive (an ArcPointer's count reads its address as a long)
        // while the slot holds an object: the slot keeps its own kind, which its reads and its destroy use.

        @Override
        public long executeLong(VirtualFrame frame) {
            long v = value.executeLong(frame);
            if (repr == Repr.LONG) {
                frame.setLong(slot, v);
            } else {
                frame.setObject(slot, v);
            }
            return v;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            double v = value.executeDouble(frame);
            if (repr == Repr.DOUBLE) {
                frame.setDouble(slot, v);
            } else {
                frame.setObject(slot, v);
            }
            return v;
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            boolean v = value.executeBoolean(frame);
            if (repr == Repr.BOOLEAN) {
                frame.setBoolean(slot, v);
            } else {
                frame.setObject(slot, v);
            }
            return v;
        }
    }
}
