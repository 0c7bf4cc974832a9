package org.trufflemojo.typed.types;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.trufflemojo.core.DType;
import org.trufflemojo.core.Repr;

/** {@code SIMD[dtype, width]} with width > 1: a fixed-size vector of numbers, held as long[] or double[]. */
public final class VectorType extends Type {
    private static final Map<List<Object>, VectorType> CACHE = new HashMap<>();

    /** The element type: a {@link ScalarType}, Float64 or Int. */
    public final Type element;
    public final int width;

    private VectorType(Type element, int width) {
        this.element = element;
        this.width = width;
    }

    public static synchronized VectorType of(Type element, int width) {
        return CACHE.computeIfAbsent(List.of(element, width), k -> new VectorType(element, width));
    }

    /** The DType of the lanes. */
    public DType dtype() {
        return Types.dtypeOf(element);
    }

    public boolean isFloat() {
        return element.repr() == Repr.DOUBLE;
    }

    @Override
    public String name() {
        return "SIMD[DType." + dtype().mojoName + ", " + width + "]";
    }

    @Override
    public Repr repr() {
        return Repr.OBJECT;
    }
}
