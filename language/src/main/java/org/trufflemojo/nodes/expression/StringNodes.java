package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.MojoContext;
import org.trufflemojo.runtime.NativeMemory;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;
import org.trufflemojo.core.PrimOp;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.nodes.struct.SequenceNodes;

/** String operations producing a String. */
public final class StringNodes {
    private StringNodes() {
    }

    /** The node for a binary String operation: {@code s += String(n)} gets its own. */
    public static MojoExpressionNode binary(PrimOp op, MojoExpressionNode left, MojoExpressionNode right) {
        if (op == PrimOp.STR_APPEND && right instanceof SequenceNodes.StoreTemp temp
                        && temp.value() instanceof FormatNode format && format.singleInt() != null) {
            return new AppendDecimal(left, format.singleInt(), temp.objectSlot());
        }
        return new Binary(op, left, right);
    }

    public static final class Binary extends MojoExpressionNode {
        private final PrimOp op;
        @Child private MojoExpressionNode left;
        @Child private MojoExpressionNode right;

        public Binary(PrimOp op, MojoExpressionNode left, MojoExpressionNode right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            NativeString a = (NativeString) left.executeGeneric(frame);
            NativeMemory m = MojoContext.get(this).memory();
            return switch (op) {
                case STR_ADD -> StringOps.concat(m, a, (NativeString) right.executeGeneric(frame), this);
                case STR_MUL -> StringOps.repeat(m, a, right.executeLong(frame), this);
                case STR_INDEX -> StringOps.index(a, right.executeLong(frame), this);
                case STR_APPEND -> {
                    StringOps.appendInPlace(m, a, (NativeString) right.executeGeneric(frame), this);
                    yield null;
                }
                case STR_MIN -> {
                    NativeString b = (NativeString) right.executeGeneric(frame);
                    yield StringOps.copy(m, StringOps.compare(a, b) <= 0 ? a : b, this);
                }
                case STR_MAX -> {
                    NativeString b = (NativeString) right.executeGeneric(frame);
                    yield StringOps.copy(m, StringOps.compare(a, b) >= 0 ? a : b, this);
                }
                default -> throw CompilerDirectives.shouldNotReachHere(op.name());
            };
        }
    }

    /**
     * {@code s += String(n)}: the digits are written into s's buffer. The temporary String the
     * checker planned to destroy is never made; its hidden local gets the empty static string,
     * whose destroy does nothing (and folds away in compiled code).
     */
    public static final class AppendDecimal extends MojoExpressionNode {
        @Child private MojoExpressionNode target;
        @Child private MojoExpressionNode number;
        private final int temporarySlot;

        AppendDecimal(MojoExpressionNode target, MojoExpressionNode number, int temporarySlot) {
            this.target = target;
            this.number = number;
            this.temporarySlot = temporarySlot;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            NativeString s = (NativeString) target.executeGeneric(frame);
            long n = number.executeLong(frame);
            frame.setObject(temporarySlot, StringOps.empty());
            StringOps.appendDecimal(MojoContext.get(this).memory(), s, n, this);
            return null;
        }
    }

    public static final class Slice extends MojoExpressionNode {
        @Child private MojoExpressionNode string;
        @Child private MojoExpressionNode start;
        @Child private MojoExpressionNode end;
        @Child private MojoExpressionNode step;

        public Slice(MojoExpressionNode string, MojoExpressionNode start, MojoExpressionNode end, MojoExpressionNode step) {
            this.string = string;
            this.start = start;
            this.end = end;
            this.step = step;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return StringOps.slice(MojoContext.get(this).memory(), (NativeString) string.executeGeneric(frame),
                            start.executeGeneric(frame), end.executeGeneric(frame), step.executeGeneric(frame), this);
        }
    }

    /** The copy constructor of String: a new buffer with the same bytes. */
    public static final class Copy extends LifecycleNodes.CopyValue {
        @Override
        public Object execute(Object value) {
            return StringOps.copy(MojoContext.get(this).memory(), (NativeString) value, this);
        }
    }

    /** The destructor of String: frees its buffer. */
    public static final class Free extends LifecycleNodes.DestroyValue {
        @Override
        public void execute(Object value) {
            StringOps.free(MojoContext.get(this).memory(), (NativeString) value, this);
        }
    }
}
