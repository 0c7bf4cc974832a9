package org.trufflemojo.core;

import java.math.BigInteger;

/**
 * Arithmetic of the integer DTypes wider than a long (int128, uint128, int256, uint256). A value is
 * a BigInteger kept in its DType's range: a signed one in [-2**(bits-1), 2**(bits-1)), an unsigned
 * one in [0, 2**bits). Every operation wraps its result back into that range, as the fixed-width
 * two's complement arithmetic of the machine would. The checker folds constants with it and the
 * run time's nodes compute with it.
 */
public final class WideIntegers {
    private WideIntegers() {
    }

    /** v brought into t's range: its low t.bits bits, read as signed or unsigned. */
    public static BigInteger wrap(BigInteger v, DType t) {
        BigInteger low = v.and(mask(t.bits));
        if (t.isSigned() && low.testBit(t.bits - 1)) {
            return low.subtract(BigInteger.ONE.shiftLeft(t.bits));
        }
        return low;
    }

    /** A long of the DType from (sign- or zero-extended by it) as a BigInteger. */
    public static BigInteger fromLong(long v, DType from) {
        BigInteger b = BigInteger.valueOf(v);
        return from.isUnsigned64() && v < 0 ? b.add(BigInteger.ONE.shiftLeft(64)) : b;
    }

    /** A double truncated towards zero (NaN is 0, infinities saturate to a huge value before wrapping). */
    public static BigInteger fromDouble(double d) {
        if (Double.isNaN(d)) {
            return BigInteger.ZERO;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? BigInteger.ONE.shiftLeft(1024) : BigInteger.ONE.shiftLeft(1024).negate();
        }
        return new java.math.BigDecimal(d).toBigInteger();
    }

    /** The binary operation op of two values of t, wrapped to t; null for a division by zero. */
    public static BigInteger binary(PrimOp op, BigInteger a, BigInteger b, DType t) {
        BigInteger r = switch (op) {
            case WIDE_ADD -> a.add(b);
            case WIDE_SUB -> a.subtract(b);
            case WIDE_MUL -> a.multiply(b);
            case WIDE_FLOORDIV -> b.signum() == 0 ? null : floorDiv(a, b);
            case WIDE_MOD -> b.signum() == 0 ? null : a.subtract(floorDiv(a, b).multiply(b));
            case WIDE_POW -> b.signum() < 0 ? BigInteger.ZERO : power(a, b, t);
            case WIDE_AND -> a.and(b);
            case WIDE_OR -> a.or(b);
            case WIDE_XOR -> a.xor(b);
            // a shift by the width or more gives 0 (or -1 shifting a negative value right)
            case WIDE_SHL -> b.signum() < 0 || b.compareTo(BigInteger.valueOf(t.bits)) >= 0 ? BigInteger.ZERO : a.shiftLeft(b.intValue());
            case WIDE_SHR -> b.signum() < 0 || b.compareTo(BigInteger.valueOf(t.bits)) >= 0 ? (a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                            : a.shiftRight(b.intValue());
            case WIDE_MIN -> a.min(b);
            case WIDE_MAX -> a.max(b);
            default -> throw new IllegalArgumentException("not a binary wide-integer operation: " + op);
        };
        return r == null ? null : wrap(r, t);
    }

    /** -a or ~a in t. */
    public static BigInteger unary(PrimOp op, BigInteger a, DType t) {
        return wrap(op == PrimOp.WIDE_NEG ? a.negate() : a.not(), t);
    }

    /** The comparison op (WIDE_EQ ... WIDE_GE) of two values of one wide DType. */
    public static boolean compare(PrimOp op, BigInteger a, BigInteger b) {
        int c = a.compareTo(b);
        return switch (op) {
            case WIDE_EQ -> c == 0;
            case WIDE_NE -> c != 0;
            case WIDE_LT -> c < 0;
            case WIDE_LE -> c <= 0;
            case WIDE_GT -> c > 0;
            case WIDE_GE -> c >= 0;
            default -> throw new IllegalArgumentException("not a wide-integer comparison: " + op);
        };
    }

    /** The value's bytes in memory: t.bits / 8 of them, least significant first. */
    public static byte[] toLittleEndian(BigInteger v, DType t) {
        byte[] big = v.toByteArray(); // two's complement, most significant first, minimal length
        byte[] out = new byte[t.bits / 8];
        byte fill = v.signum() < 0 ? (byte) -1 : 0;
        for (int i = 0; i < out.length; i++) {
            int k = big.length - 1 - i;
            out[i] = k >= 0 ? big[k] : fill;
        }
        return out;
    }

    /** The value of t whose bytes in memory are these (least significant first). */
    public static BigInteger fromLittleEndian(byte[] bytes, DType t) {
        byte[] big = new byte[bytes.length + 1]; // a leading zero byte: read as unsigned, then wrapped
        for (int i = 0; i < bytes.length; i++) {
            big[big.length - 1 - i] = bytes[i];
        }
        return wrap(new BigInteger(big), t);
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        // round towards negative infinity, as Mojo's // does
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** a ** b in t, squaring modulo 2**bits so the intermediate values stay small. */
    private static BigInteger power(BigInteger a, BigInteger b, DType t) {
        BigInteger result = BigInteger.ONE;
        BigInteger base = a;
        BigInteger m = mask(t.bits);
        for (int i = 0; i < b.bitLength(); i++) {
            if (b.testBit(i)) {
                result = result.multiply(base).and(m);
            }
            base = base.multiply(base).and(m);
        }
        return result;
    }

    private static BigInteger mask(int bits) {
        return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    }
}
