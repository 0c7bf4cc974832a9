package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.runtime.StringOps;
import org.trufflemojo.typed.PrimOp;

/** String operations producing a String. */
public final class StringNodes {
    private StringNodes() {
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
            String a = (String) left.executeGeneric(frame);
            return switch (op) {
                case STR_ADD -> StringOps.concat(a, (String) right.executeGeneric(frame));
                case STR_MUL -> StringOps.repeat(a, right.executeLong(frame));
                case STR_INDEX -> StringOps.index(a, right.executeLong(frame), this);
                case STR_MIN -> {
                    String b = (String) right.executeGeneric(frame);
                    yield StringOps.compare(a, b) <= 0 ? a : b;
                }
                case STR_MAX -> {
                    String b = (String) right.executeGeneric(frame);
                    yield StringOps.compare(a, b) >= 0 ? a : b;
                }
                default -> throw CompilerDirectives.shouldNotReachHere(op.name());
            };
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
            return StringOps.slice((String) string.executeGeneric(frame), start.executeGeneric(frame), end.executeGeneric(frame),
                            step.executeGeneric(frame), this);
        }
    }
}
