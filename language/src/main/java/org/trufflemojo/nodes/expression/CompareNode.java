package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;
import org.trufflemojo.core.PrimOp;

/** One comparison of two values of the same static type. */
public final class CompareNode extends BooleanExpressionNode {
    private final PrimOp op;
    @Child private MojoExpressionNode left;
    @Child private MojoExpressionNode right;

    /** The node for {@code left op right}: a comparison with a string literal gets its own node. */
    public static BooleanExpressionNode create(PrimOp op, MojoExpressionNode left, MojoExpressionNode right) {
        StringLiteralEquality withLiteral = StringLiteralEquality.forOperands(op, left, right);
        return withLiteral != null ? withLiteral : new CompareNode(op, left, right);
    }

    private CompareNode(PrimOp op, MojoExpressionNode left, MojoExpressionNode right) {
        this.op = op;
        this.left = left;
        this.right = right;
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        switch (op) {
            case INT_EQ, INT_NE, INT_LT, INT_LE, INT_GT, INT_GE, UINT_EQ, UINT_NE, UINT_LT, UINT_LE, UINT_GT, UINT_GE:
                return compareLong(op, left.executeLong(frame), right.executeLong(frame));
            case FLOAT_EQ, FLOAT_NE, FLOAT_LT, FLOAT_LE, FLOAT_GT, FLOAT_GE:
                return compareDouble(op, left.executeDouble(frame), right.executeDouble(frame));
            case BOOL_EQ, BOOL_NE, BOOL_LT, BOOL_LE, BOOL_GT, BOOL_GE:
                return compareBoolean(op, left.executeBoolean(frame), right.executeBoolean(frame));
            case WIDE_EQ, WIDE_NE, WIDE_LT, WIDE_LE, WIDE_GT, WIDE_GE:
                return WideIntegerNodes.compare(op, left.executeGeneric(frame), right.executeGeneric(frame));
            default:
                return compareObject(op, left.executeGeneric(frame), right.executeGeneric(frame));
        }
    }

    /** Compares two already evaluated values; also used by comparison chains. */
    public static boolean compare(PrimOp op, Object a, Object b) {
        return switch (op) {
            case INT_EQ, INT_NE, INT_LT, INT_LE, INT_GT, INT_GE, UINT_EQ, UINT_NE, UINT_LT, UINT_LE, UINT_GT, UINT_GE ->
                compareLong(op, (long) a, (long) b);
            case FLOAT_EQ, FLOAT_NE, FLOAT_LT, FLOAT_LE, FLOAT_GT, FLOAT_GE -> compareDouble(op, (double) a, (double) b);
            case BOOL_EQ, BOOL_NE, BOOL_LT, BOOL_LE, BOOL_GT, BOOL_GE -> compareBoolean(op, (boolean) a, (boolean) b);
            case WIDE_EQ, WIDE_NE, WIDE_LT, WIDE_LE, WIDE_GT, WIDE_GE -> WideIntegerNodes.compare(op, a, b);
            default -> compareObject(op, a, b);
        };
    }

    private static boolean compareLong(PrimOp op, long a, long b) {
        return switch (op) {
            case INT_EQ, UINT_EQ -> a == b;
            case INT_NE, UINT_NE -> a != b;
            case INT_LT -> a < b;
            case INT_LE -> a <= b;
            case INT_GT -> a > b;
            case INT_GE -> a >= b;
            case UINT_LT -> Long.compareUnsigned(a, b) < 0;
            case UINT_LE -> Long.compareUnsigned(a, b) <= 0;
            case UINT_GT -> Long.compareUnsigned(a, b) > 0;
            case UINT_GE -> Long.compareUnsigned(a, b) >= 0;
            default -> throw CompilerDirectives.shouldNotReachHere();
        };
    }

    private static boolean compareDouble(PrimOp op, double a, double b) {
        return switch (op) {
            case FLOAT_EQ -> a == b;
            case FLOAT_NE -> a != b;
            case FLOAT_LT -> a < b;
            case FLOAT_LE -> a <= b;
            case FLOAT_GT -> a > b;
            case FLOAT_GE -> a >= b;
            default -> throw CompilerDirectives.shouldNotReachHere();
        };
    }

    private static boolean compareBoolean(PrimOp op, boolean a, boolean b) {
        int c = Boolean.compare(a, b);
        return switch (op) {
            case BOOL_EQ -> c == 0;
            case BOOL_NE -> c != 0;
            case BOOL_LT -> c < 0;
            case BOOL_LE -> c <= 0;
            case BOOL_GT -> c > 0;
            case BOOL_GE -> c >= 0;
            default -> throw CompilerDirectives.shouldNotReachHere();
        };
    }

    private static boolean compareObject(PrimOp op, Object a, Object b) {
        NativeString x = (NativeString) a;
        NativeString y = (NativeString) b;
        return switch (op) {
            case STR_EQ -> StringOps.equal(x, y);
            case STR_NE -> !StringOps.equal(x, y);
            case STR_LT -> StringOps.compare(x, y) < 0;
            case STR_LE -> StringOps.compare(x, y) <= 0;
            case STR_GT -> StringOps.compare(x, y) > 0;
            case STR_GE -> StringOps.compare(x, y) >= 0;
            case STR_CONTAINS -> StringOps.contains(y, x);
            case STR_NOT_CONTAINS -> !StringOps.contains(y, x);
            default -> throw CompilerDirectives.shouldNotReachHere();
        };
    }
}
