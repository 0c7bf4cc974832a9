package org.trufflemojo.typed.types;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

import org.trufflemojo.core.DType;
import org.trufflemojo.core.Repr;
import org.trufflemojo.core.WideIntegers;

/**
 * A SIMD scalar of a fixed-width DType ({@code Int8} ... {@code UInt64}, {@code Float16},
 * {@code Float32}). Integers are held in a long, normalized to their width after every operation
 * (sign- or zero-extended), floats in a double rounded to their precision. ({@code Float64} is
 * {@link Types#FLOAT64} and {@code DType.bool} is {@link Types#BOOL}.)
 */
public final class ScalarType extends Type {

    /** By DType name ({@code int32}). */
    public static final Map<String, Type> BY_DTYPE = new LinkedHashMap<>();

    public static final ScalarType INT8 = new ScalarType("Int8", DType.INT8);
    public static final ScalarType INT16 = new ScalarType("Int16", DType.INT16);
    public static final ScalarType INT32 = new ScalarType("Int32", DType.INT32);
    public static final ScalarType INT64 = new ScalarType("Int64", DType.INT64);
    public static final ScalarType UINT8 = new ScalarType("UInt8", DType.UINT8);
    public static final ScalarType UINT16 = new ScalarType("UInt16", DType.UINT16);
    public static final ScalarType UINT32 = new ScalarType("UInt32", DType.UINT32);
    public static final ScalarType UINT64 = new ScalarType("UInt64", DType.UINT64);
    public static final ScalarType FLOAT16 = new ScalarType("Float16", DType.FLOAT16);
    public static final ScalarType BFLOAT16 = new ScalarType("BFloat16", DType.BFLOAT16);
    public static final ScalarType FLOAT32 = new ScalarType("Float32", DType.FLOAT32);
    /** The integers wider than a long: their values are BigIntegers (see {@link org.trufflemojo.core.WideIntegers}). */
    public static final ScalarType INT128 = new ScalarType("Int128", DType.INT128);
    public static final ScalarType UINT128 = new ScalarType("UInt128", DType.UINT128);
    public static final ScalarType INT256 = new ScalarType("Int256", DType.INT256);
    public static final ScalarType UINT256 = new ScalarType("UInt256", DType.UINT256);
    /** {@code Scalar[DType.index]}: the same 64-bit value as Int, but a type of its own (overloads tell them apart). */
    public static final ScalarType INDEX = new ScalarType("SIMD[DType.index, 1]", DType.INDEX);

    static {
        BY_DTYPE.put("float64", Types.FLOAT64);
        BY_DTYPE.put("bool", Types.BOOL);
    }

    private final String name;
    public final DType dtype;
    public final int bits;
    public final DType.Kind kind;

    private ScalarType(String name, DType dtype) {
        this.name = name;
        this.dtype = dtype;
        this.bits = dtype.bits;
        this.kind = dtype.kind;
        BY_DTYPE.put(dtype.mojoName, this);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Repr repr() {
        return kind == DType.Kind.FLOAT ? Repr.DOUBLE : dtype.isWide() ? Repr.OBJECT : Repr.LONG;
    }

    /** A wide integer is an object at run time, but an immutable one: copying it is copying the reference. */
    @Override
    public boolean isTrivial() {
        return true;
    }

    /** An integer wider than a long, carried as a BigInteger. */
    public boolean isWide() {
        return dtype.isWide();
    }

    public boolean isFloat() {
        return kind == DType.Kind.FLOAT;
    }

    /** The value of x in this type (wrapping for integers, rounding for floats), for constants. */
    public Object normalize(Object x) {
        if (dtype.isWide()) {
            return WideIntegers.wrap(x instanceof BigInteger b ? b : BigInteger.valueOf(((Number) x).longValue()), dtype);
        }
        return dtype.isFloat() ? (Object) dtype.round(((Number) x).doubleValue()) : (Object) dtype.wrap(((Number) x).longValue());
    }
}
