package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.trufflemojo.core.OptionalOpKind;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.runtime.MojoError;

/** Tuples (an Object[] of their elements) and Optionals (null, or a {@link Some} holding the value). */
public final class ContainerNodes {
    private ContainerNodes() {
    }

    /** A present Optional's box; also the heap box of an OwnedPointer / ArcPointer (with its share count). */
    public static final class Some {
        public final Object value;
        /** For an ArcPointer: how many ArcPointer values share this box. */
        public int shares = 1;

        public Some(Object value) {
            this.value = value;
        }
    }

    /** Copying an ArcPointer shares its box. */
    public static final class ShareArc extends LifecycleNodes.CopyValue {
        @Override
        public Object execute(Object value) {
            ((Some) value).shares++;
            return value;
        }
    }

    /** Destroying an ArcPointer: the value is destroyed with the last share. */
    public static final class ReleaseArc extends LifecycleNodes.DestroyValue {
        @Child private LifecycleNodes.DestroyValue element;

        public ReleaseArc(LifecycleNodes.DestroyValue element) {
            this.element = element;
        }

        @Override
        public void execute(Object value) {
            Some box = (Some) value;
            if (--box.shares == 0 && element != null) {
                element.execute(box.value);
            }
        }
    }

    public static final class NewTuple extends MojoExpressionNode {
        @Children private final MojoExpressionNode[] elements;

        public NewTuple(MojoExpressionNode[] elements) {
            this.elements = elements;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            Object[] t = new Object[elements.length];
            for (int i = 0; i < elements.length; i++) {
                t[i] = elements[i].executeGeneric(frame);
            }
            return t;
        }
    }

    public static final class TupleGet extends MojoExpressionNode {
        @Child private MojoExpressionNode tuple;
        private final int index;

        public TupleGet(MojoExpressionNode tuple, int index) {
            this.tuple = tuple;
            this.index = index;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return ((Object[]) tuple.executeGeneric(frame))[index];
        }
    }

    public static final class NewSome extends MojoExpressionNode {
        @Child private MojoExpressionNode value;

        public NewSome(MojoExpressionNode value) {
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return new Some(value.executeGeneric(frame));
        }
    }

    public static final class OptionalOp extends MojoExpressionNode {
        private final OptionalOpKind op;
        @Children private final MojoExpressionNode[] operands;
        @Child private LifecycleNodes.CopyValue copy;

        public OptionalOp(OptionalOpKind op, MojoExpressionNode[] operands, LifecycleNodes.CopyValue copy) {
            this.op = op;
            this.operands = operands;
            this.copy = copy;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object o = operands[0].executeGeneric(frame);
            return switch (op) {
                case IS_SOME -> o != null;
                case VALUE -> {
                    if (o == null) {
                        throw new MojoError("Optional.value() called on an empty Optional", this);
                    }
                    yield ((Some) o).value;
                }
                case OR_ELSE -> {
                    Object fallback = operands[1].executeGeneric(frame);
                    if (o == null) {
                        yield fallback;
                    }
                    Object v = ((Some) o).value;
                    yield copy == null ? v : copy.execute(v);
                }
            };
        }
    }

    /** Copies a tuple or an optional, each element by its own type. */
    public static final class ContainerCopy extends LifecycleNodes.CopyValue {
        @Children private final LifecycleNodes.CopyValue[] elements;
        private final boolean optional;

        public ContainerCopy(LifecycleNodes.CopyValue[] elements, boolean optional) {
            this.elements = elements;
            this.optional = optional;
        }

        @Override
        @ExplodeLoop
        public Object execute(Object value) {
            if (optional) {
                if (value == null) {
                    return null;
                }
                Object v = ((Some) value).value;
                return new Some(elements[0] == null ? v : elements[0].execute(v));
            }
            Object[] from = (Object[]) value;
            Object[] to = new Object[from.length];
            for (int i = 0; i < elements.length; i++) {
                to[i] = elements[i] == null ? from[i] : elements[i].execute(from[i]);
            }
            return to;
        }
    }

    /** Destroys the elements of a tuple or the value of an optional. */
    public static final class ContainerDestroy extends LifecycleNodes.DestroyValue {
        @Children private final LifecycleNodes.DestroyValue[] elements;
        private final boolean optional;

        public ContainerDestroy(LifecycleNodes.DestroyValue[] elements, boolean optional) {
            this.elements = elements;
            this.optional = optional;
        }

        @Override
        @ExplodeLoop
        public void execute(Object value) {
            if (optional) {
                if (value != null && elements[0] != null) {
                    elements[0].execute(((Some) value).value);
                }
                return;
            }
            Object[] t = (Object[]) value;
            for (int i = 0; i < elements.length; i++) {
                if (elements[i] != null) {
                    elements[i].execute(t[i]);
                }
            }
        }
    }
}
