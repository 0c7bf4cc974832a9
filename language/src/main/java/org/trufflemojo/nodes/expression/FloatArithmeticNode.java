package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.core.PrimOp;

/** Float64 arithmetic and the math functions of one argument. */
public final class FloatArithmeticNode extends DoubleExpressionNode {
    private final PrimOp op;
    @Child private MojoExpressionNode left;
    @Child private MojoExpressionNode right;

    public FloatArithmeticNode(PrimOp op, MojoExpressionNode left, MojoExpressionNode right) {
        this.op = op;
        this.left = left;
        this.right = right;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        double a = left.executeDouble(frame);
        if (right == null) {
            return switch (op) {
                case FLOAT_NEG -> -a;
                case FLOAT_ABS -> Math.abs(a);
                case FLOAT_SQRT -> Math.sqrt(a);
                case FLOAT_SIN -> Math.sin(a);
                case FLOAT_COS -> Math.cos(a);
                case FLOAT_TAN -> Math.tan(a);
                case FLOAT_EXP -> Math.exp(a);
                case FLOAT_LOG -> Math.log(a);
                case FLOAT_FLOOR -> Math.floor(a);
                case FLOAT_CEIL -> Math.ceil(a);
                case FLOAT_TRUNC -> a < 0 ? Math.ceil(a) : Math.floor(a);
                default -> throw CompilerDirectives.shouldNotReachHere(op.name());
            };
        }
        double b = right.executeDouble(frame);
        return switch (op) {
            case FLOAT_ADD -> a + b;
            case FLOAT_SUB -> a - b;
            case FLOAT_MUL -> a * b;
            case FLOAT_DIV -> a / b;
            case FLOAT_FLOORDIV -> Math.floor(a / b);
            case FLOAT_MOD -> floorMod(a, b);
            case FLOAT_POW -> Math.pow(a, b);
            case FLOAT_MIN -> Math.min(a, b);
            case FLOAT_MAX -> Math.max(a, b);
            default -> throw CompilerDirectives.shouldNotReachHere(op.name());
        };
    }

    private static double floorMod(double a, double b) {
        double r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) {
            r += b;
        }
        return r;
    }
}
