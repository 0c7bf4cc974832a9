package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.core.PrimOp;

/**
 * Wrapping 64-bit integer operations that cannot fail, for Int and UInt. The operation is a final
 * field, so partial evaluation folds the switch away and leaves a single machine instruction.
 */
public final class IntArithmeticNode extends LongExpressionNode {
    private final PrimOp op;
    @Child private MojoExpressionNode left;
    @Child private MojoExpressionNode right;

    public IntArithmeticNode(PrimOp op, MojoExpressionNode left, MojoExpressionNode right) {
        this.op = op;
        this.left = left;
        this.right = right;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        long a = left.executeLong(frame);
        if (right == null) {
            return switch (op) {
                case INT_NEG, UINT_NEG -> -a;
                case INT_INVERT, UINT_INVERT -> ~a;
                case INT_ABS -> Math.abs(a);
                case BOOL_TO_INT -> a;
                default -> throw CompilerDirectives.shouldNotReachHere(op.name());
            };
        }
        long b = right.executeLong(frame);
        return switch (op) {
            case INT_ADD, UINT_ADD -> a + b;
            case INT_SUB, UINT_SUB -> a - b;
            case INT_MUL, UINT_MUL -> a * b;
            case INT_AND, UINT_AND -> a & b;
            case INT_OR, UINT_OR -> a | b;
            case INT_XOR, UINT_XOR -> a ^ b;
            case INT_SHL, UINT_SHL -> b >= 64 || b < 0 ? 0 : a << b;
            case INT_SHR -> b >= 64 || b < 0 ? (a < 0 ? -1 : 0) : a >> b;
            case UINT_SHR -> b >= 64 || b < 0 ? 0 : a >>> b;
            case INT_MIN -> Math.min(a, b);
            case INT_MAX -> Math.max(a, b);
            case UINT_MIN -> Long.compareUnsigned(a, b) <= 0 ? a : b;
            case UINT_MAX -> Long.compareUnsigned(a, b) >= 0 ? a : b;
            default -> throw CompilerDirectives.shouldNotReachHere(op.name());
        };
    }
}
