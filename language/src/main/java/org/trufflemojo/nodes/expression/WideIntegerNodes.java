package org.trufflemojo.nodes.expression;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.core.DType;
import org.trufflemojo.core.PrimOp;
import org.trufflemojo.core.WideIntegers;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.runtime.MojoError;

/**
 * The arithmetic of the integer DTypes wider than 64 bits (Int128, UInt128, Int256, UInt256),
 * whose values are BigIntegers kept in their DType's range. The work is done behind a boundary:
 * these types are rare, and BigInteger's code is not worth partially evaluating.
 */
public final class WideIntegerNodes {
    private WideIntegerNodes() {
    }

    /** {@code a op b} for two values of one wide DType, wrapped to its width. */
    public static final class Binary extends MojoExpressionNode {
        private final PrimOp op;
        private final DType type;
        @Child private MojoExpressionNode left;
        @Child private MojoExpressionNode right;

        public Binary(PrimOp op, DType type, MojoExpressionNode left, MojoExpressionNode right) {
            this.op = op;
            this.type = type;
            this.left = left;
            this.right = right;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            BigInteger r = compute((BigInteger) left.executeGeneric(frame), (BigInteger) right.executeGeneric(frame));
            if (r == null) {
                throw new MojoError("division by zero", this);
            }
            return r;
        }

        @TruffleBoundary
        private BigInteger compute(BigInteger a, BigInteger b) {
            return WideIntegers.binary(op, a, b, type);
        }
    }

    /** {@code -a} or {@code ~a}. */
    public static final class Unary extends MojoExpressionNode {
        private final PrimOp op;
        private final DType type;
        @Child private MojoExpressionNode operand;

        public Unary(PrimOp op, DType type, MojoExpressionNode operand) {
            this.op = op;
            this.type = type;
            this.operand = operand;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return compute((BigInteger) operand.executeGeneric(frame));
        }

        @TruffleBoundary
        private BigInteger compute(BigInteger a) {
            return WideIntegers.unary(op, a, type);
        }
    }

    /**
     * A number converted to a wide integer DType: an integer is sign- or zero-extended (by its own
     * DType) and wrapped, a float truncated towards zero, then wrapped.
     */
    public static final class FromNumber extends MojoExpressionNode {
        private final DType from;
        private final DType to;
        @Child private MojoExpressionNode value;

        public FromNumber(MojoExpressionNode value, DType from, DType to) {
            this.value = value;
            this.from = from;
            this.to = to;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            if (from.isWide()) {
                return wrap((BigInteger) value.executeGeneric(frame));
            }
            if (from.isFloat()) {
                return fromDouble(value.executeDouble(frame));
            }
            return fromLong(value.executeLong(frame));
        }

        @TruffleBoundary
        private BigInteger wrap(BigInteger v) {
            return WideIntegers.wrap(v, to);
        }

        @TruffleBoundary
        private BigInteger fromDouble(double d) {
            return WideIntegers.wrap(WideIntegers.fromDouble(d), to);
        }

        @TruffleBoundary
        private BigInteger fromLong(long v) {
            return WideIntegers.wrap(WideIntegers.fromLong(v, from), to);
        }
    }

    /** The low 64 bits of a wide integer, for a conversion to a narrower integer type (which wraps them further). */
    @TruffleBoundary
    public static long lowBits(Object wide) {
        return ((BigInteger) wide).longValue();
    }

    /** A wide integer as the nearest double. */
    @TruffleBoundary
    public static double toDouble(Object wide) {
        return ((BigInteger) wide).doubleValue();
    }

    /** The decimal text of a wide integer. */
    @TruffleBoundary
    public static String text(Object wide) {
        return wide.toString();
    }

    /** A comparison (WIDE_EQ ... WIDE_GE) of two wide integers of one DType. */
    @TruffleBoundary
    public static boolean compare(PrimOp op, Object a, Object b) {
        return WideIntegers.compare(op, (BigInteger) a, (BigInteger) b);
    }
}
