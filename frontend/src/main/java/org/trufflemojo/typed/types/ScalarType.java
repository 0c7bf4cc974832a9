package org.trufflemojo.typed.types;

import java.util.LinkedHashMap;
import java.util.Map;
import org.trufflemojo.core.Repr;

/**
 * A SIMD scalar of a fixed-width DType ({@code Int8} ... {@code UInt64}, {@code Float16},
 * {@code Float32}). Integers are held in a long, normalized to their width after every operation
 * (sign- or zero-extended), floats in a double rounded to their precision. ({@code Float64} is
 * {@link Types#FLOAT64} and {@code DType.bool} is {@link Types#BOOL}.)
 */
public final class ScalarType extends Type {
    public enum Kind {
        SIGNED, UNSIGNED, FLOAT
    }

    /** By DType name ({@code int32}). */
    public static final Map<String, Type> BY_DTYPE = new LinkedHashMap<>();

    public static final ScalarType INT8 = new ScalarType("Int8", "int8", 8, Kind.SIGNED);
    public static final ScalarType INT16 = new ScalarType("Int16", "int16", 16, Kind.SIGNED);
    public static final ScalarType INT32 = new ScalarType("Int32", "int32", 32, Kind.SIGNED);
    public static final ScalarType INT64 = new ScalarType("Int64", "int64", 64, Kind.SIGNED);
    public static final ScalarType UINT8 = new ScalarType("UInt8", "uint8", 8, Kind.UNSIGNED);
    public static final ScalarType UINT16 = new ScalarType("UInt16", "uint16", 16, Kind.UNSIGNED);
    public static final ScalarType UINT32 = new ScalarType("UInt32", "uint32", 32, Kind.UNSIGNED);
    public static final ScalarType UINT64 = new ScalarType("UInt64", "uint64", 64, Kind.UNSIGNED);
    public static final ScalarType FLOAT16 = new ScalarType("Float16", "float16", 16, Kind.FLOAT);
    public static final ScalarType FLOAT32 = new ScalarType("Float32", "float32", 32, Kind.FLOAT);

    static {
        BY_DTYPE.put("float64", Types.FLOAT64);
        BY_DTYPE.put("bool", Types.BOOL);
        BY_DTYPE.put("index", Types.INT);
    }

    private final String name;
    public final String dtype;
    public final int bits;
    public final Kind kind;

    private ScalarType(String name, String dtype, int bits, Kind kind) {
        this.name = name;
        this.dtype = dtype;
        this.bits = bits;
        this.kind = kind;
        BY_DTYPE.put(dtype, this);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Repr repr() {
        return kind == Kind.FLOAT ? Repr.DOUBLE : Repr.LONG;
    }

    public boolean isFloat() {
        return kind == Kind.FLOAT;
    }

    /** The value of x in this type (wrapping for integers, rounding for floats), for constants. */
    public Object normalize(Object x) {
        if (kind == Kind.FLOAT) {
            double d = ((Number) x).doubleValue();
            return bits == 32 ? (double) (float) d : bits == 16 ? (double) Float.float16ToFloat(Float.floatToFloat16((float) d)) : d;
        }
        long v = ((Number) x).longValue();
        if (bits == 64) {
            return v;
        }
        long mask = (1L << bits) - 1;
        v &= mask;
        if (kind == Kind.SIGNED && (v & (1L << (bits - 1))) != 0) {
            v |= ~mask;
        }
        return v;
    }
}
