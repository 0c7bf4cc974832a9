package org.trufflemojo.check;

/**
 * How values are laid out in native memory: size, alignment and field offsets, as in C. A struct is
 * stored flat, its fields in declaration order, each aligned to its own alignment. A String or a
 * List is stored as its three-word header (data pointer, length, capacity), as in Mojo; the bytes or
 * elements it owns live in their own allocation.
 */
public final class NativeLayout {
    private NativeLayout() {
    }

    /** The size of a String or List header: data pointer, length, capacity. */
    public static final long HEADER_SIZE = 24;

    /**
     * Whether values of t can live in native memory yet: register types, pointers, Strings, Lists
     * of storable elements, and structs of them.
     */
    public static boolean isStorable(Type t) {
        if (t == Types.INT || t == Types.UINT || t == Types.FLOAT64 || t == Types.BOOL || t instanceof PointerType || t instanceof ScalarType) {
            return true;
        }
        if (t == Types.STRING) {
            return true;
        }
        if (t instanceof BoxType bt) {
            return bt.isNative(); // the address of the boxed value
        }
        if (t instanceof ListType lt) {
            return isStorable(lt.element);
        }
        if (t instanceof StructType st) {
            for (StructType.Field f : st.fieldList()) {
                if (!isStorable(f.type())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    public static long sizeOf(Type t) {
        if (t == Types.BOOL) {
            return 1;
        }
        if (t instanceof ScalarType s) {
            return s.bits / 8;
        }
        if (t instanceof StructType st) {
            long offset = 0;
            for (StructType.Field f : st.fieldList()) {
                offset = align(offset, alignOf(f.type())) + sizeOf(f.type());
            }
            return Math.max(align(offset, alignOf(t)), 0);
        }
        if (t == Types.STRING || t instanceof ListType) {
            return HEADER_SIZE;
        }
        return 8;
    }

    public static long alignOf(Type t) {
        if (t == Types.BOOL) {
            return 1;
        }
        if (t instanceof ScalarType s) {
            return s.bits / 8;
        }
        if (t instanceof StructType st) {
            long a = 1;
            for (StructType.Field f : st.fieldList()) {
                a = Math.max(a, alignOf(f.type()));
            }
            return a;
        }
        return 8;
    }

    public static long offsetOf(StructType st, StructType.Field field) {
        long offset = 0;
        for (StructType.Field f : st.fieldList()) {
            offset = align(offset, alignOf(f.type()));
            if (f == field || f.name().equals(field.name())) {
                return offset;
            }
            offset += sizeOf(f.type());
        }
        throw new IllegalArgumentException(field.name());
    }

    private static long align(long offset, long alignment) {
        return (offset + alignment - 1) / alignment * alignment;
    }
}
