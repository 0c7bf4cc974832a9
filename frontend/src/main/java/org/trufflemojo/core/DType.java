package org.trufflemojo.core;

/**
 * The element types of Mojo's numbers (its {@code DType}): width and kind, and how a value is
 * brought to the width. Integers are carried in a long (sign- or zero-extended from their width),
 * those wider than 64 bits in a BigInteger, floats in a double rounded to their precision. The front end describes scalar and SIMD types with
 * it, and the run time's nodes are parameterised by it.
 */
public enum DType {
    BOOL("bool", 1, Kind.BOOL),
    INT8("int8", 8, Kind.SIGNED),
    INT16("int16", 16, Kind.SIGNED),
    INT32("int32", 32, Kind.SIGNED),
    INT64("int64", 64, Kind.SIGNED),
    UINT8("uint8", 8, Kind.UNSIGNED),
    UINT16("uint16", 16, Kind.UNSIGNED),
    UINT32("uint32", 32, Kind.UNSIGNED),
    UINT64("uint64", 64, Kind.UNSIGNED),
    FLOAT16("float16", 16, Kind.FLOAT),
    /** The 16-bit "brain float": a float32 with its low 16 bits of mantissa dropped. */
    BFLOAT16("bfloat16", 16, Kind.FLOAT),
    FLOAT32("float32", 32, Kind.FLOAT),
    FLOAT64("float64", 64, Kind.FLOAT),
    /** {@code Int}: a signed machine word. */
    INDEX("index", 64, Kind.SIGNED),
    /** {@code UInt}: an unsigned machine word. */
    UINDEX("uindex", 64, Kind.UNSIGNED),
    /** The integers wider than a long: carried as a {@link java.math.BigInteger} (see {@link WideIntegers}). */
    INT128("int128", 128, Kind.SIGNED),
    UINT128("uint128", 128, Kind.UNSIGNED),
    INT256("int256", 256, Kind.SIGNED),
    UINT256("uint256", 256, Kind.UNSIGNED);

    public enum Kind {
        BOOL, SIGNED, UNSIGNED, FLOAT
    }

    /** The name Mojo spells after {@code DType.}. */
    public final String mojoName;
    public final int bits;
    public final Kind kind;

    DType(String mojoName, int bits, Kind kind) {
        this.mojoName = mojoName;
        this.bits = bits;
        this.kind = kind;
    }

    public boolean isFloat() {
        return kind == Kind.FLOAT;
    }

    public boolean isSigned() {
        return kind == Kind.SIGNED;
    }

    /** An integer wider than a long (int128 ... uint256), carried as a BigInteger. */
    public boolean isWide() {
        return bits > 64;
    }

    /** An unsigned integer as wide as a long: its values print and compare as unsigned longs. */
    public boolean isUnsigned64() {
        return kind == Kind.UNSIGNED && bits == 64;
    }

    /** The size of one value in native memory. */
    public int byteSize() {
        return kind == Kind.BOOL ? 1 : bits / 8;
    }

    /** v wrapped to this integer width: the low bits, sign- or zero-extended. */
    public long wrap(long v) {
        if (bits >= 64) {
            return v;
        }
        long mask = (1L << bits) - 1;
        long low = v & mask;
        return kind == Kind.SIGNED && (low & (1L << (bits - 1))) != 0 ? low | ~mask : low;
    }

    /** d rounded to this float precision. */
    public double round(double d) {
        return switch (bits) {
            case 32 -> (float) d;
            case 16 -> this == BFLOAT16 ? bfloat16ToFloat(floatToBfloat16((float) d)) : Float.float16ToFloat(Float.floatToFloat16((float) d));
            default -> d;
        };
    }

    /** The bfloat16 bits nearest a float (ties to even; a NaN stays a NaN). */
    public static short floatToBfloat16(float f) {
        int bits = Float.floatToRawIntBits(f);
        if (Float.isNaN(f)) {
            return (short) ((bits >>> 16) | 0x40);
        }
        int rounding = 0x7FFF + ((bits >>> 16) & 1);
        return (short) ((bits + rounding) >>> 16);
    }

    public static float bfloat16ToFloat(short b) {
        return Float.intBitsToFloat((b & 0xFFFF) << 16);
    }

    /** A 16-bit float's bits in this format (float16 or bfloat16). */
    public short toHalfBits(double d) {
        return this == BFLOAT16 ? floatToBfloat16((float) d) : Float.floatToFloat16((float) d);
    }

    public float fromHalfBits(short b) {
        return this == BFLOAT16 ? bfloat16ToFloat(b) : Float.float16ToFloat(b);
    }
}
