package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;
import org.trufflemojo.core.PrimOp;

/** Bool operators: {@code not}, short-circuit {@code and}/{@code or}, and the bitwise forms. */
public final class BoolNodes {
    private BoolNodes() {
    }

    public static final class Not extends BooleanExpressionNode {
        @Child private MojoExpressionNode operand;

        public Not(MojoExpressionNode operand) {
            this.operand = operand;
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return !operand.executeBoolean(frame);
        }
    }

    public static final class ShortCircuit extends BooleanExpressionNode {
        private final boolean isAnd;
        @Child private MojoExpressionNode left;
        @Child private MojoExpressionNode right;
        /** The destroys of values that die when the right operand is skipped (null if none). */
        @Child private MojoStatementNode skipped;
        private final CountingConditionProfile evaluateRight = CountingConditionProfile.create();

        public ShortCircuit(boolean isAnd, MojoExpressionNode left, MojoExpressionNode right, MojoStatementNode skipped) {
            this.isAnd = isAnd;
            this.left = left;
            this.right = right;
            this.skipped = skipped;
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            boolean l = left.executeBoolean(frame);
            if (evaluateRight.profile(isAnd == l)) {
                return right.executeBoolean(frame);
            }
            if (skipped != null) {
                skipped.executeVoid(frame);
            }
            return l;
        }
    }

    public static final class Bitwise extends BooleanExpressionNode {
        private final PrimOp op;
        @Child private MojoExpressionNode left;
        @Child private MojoExpressionNode right;

        public Bitwise(PrimOp op, MojoExpressionNode left, MojoExpressionNode right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            boolean a = left.executeBoolean(frame);
            boolean b = right.executeBoolean(frame);
            return switch (op) {
                case BOOL_AND -> a & b;
                case BOOL_OR -> a | b;
                case BOOL_XOR -> a ^ b;
                default -> throw CompilerDirectives.shouldNotReachHere();
            };
        }
    }
}
