package org.trufflemojo.typed.types;

import java.util.List;
import org.trufflemojo.core.HeaderSizes;

/**
 * How values are laid out in native memory: size, alignment and field offsets, as in C. A struct is
 * stored flat, its fields in declaration order, each aligned to its own alignment. A String or a
 * List is stored as its three-word header (data pointer, length, capacity), as in Mojo; the bytes or
 * elements it owns live in their own allocation.
 */
public final class NativeLayout {
    private NativeLayout() {
    }

    /**
     * Whether values of t can live in native memory yet: register types, pointers, Strings, SIMD
     * vectors, function values (as their number in the context's table), Lists, Dicts and boxes of
     * storable elements, and structs, tuples and Optionals of storable members.
     */
    public static boolean isStorable(Type t) {
        if (t == Types.INT || t == Types.UINT || t == Types.FLOAT64 || t == Types.BOOL || t instanceof PointerType || t instanceof ScalarType) {
            return true;
        }
        if (t == Types.STRING || t instanceof VectorType || t instanceof FunctionType || t == Types.PYTHON_OBJECT) {
            return true; // (a function or a Python object is stored as its number in a table of the context)
        }
        if (t instanceof BoxType bt) {
            return bt.isNative(); // the address of the boxed value
        }
        if (t instanceof ListType lt) {
            return isStorable(lt.element);
        }
        if (t instanceof DictType dt) {
            return isStorable(dt.key) && isStorable(dt.value);
        }
        List<Type> members = membersOf(t);
        return members != null && members.stream().allMatch(NativeLayout::isStorable);
    }

    /**
     * The parts of an aggregate laid out one after another, or null for other types: a struct's
     * fields, a tuple's elements, an Optional's value followed by its presence flag (a Bool).
     */
    public static List<Type> membersOf(Type t) {
        if (t instanceof StructType st) {
            return st.fieldList().stream().map(StructType.Field::type).toList();
        }
        if (t instanceof TupleType tt) {
            return tt.elements;
        }
        if (t instanceof OptionalType ot) {
            return List.of(ot.element, Types.BOOL);
        }
        return null;
    }

    public static long sizeOf(Type t) {
        if (t == Types.BOOL) {
            return 1;
        }
        if (t instanceof ScalarType s) {
            return s.bits / 8;
        }
        if (t instanceof VectorType vt) {
            return vt.width * sizeOf(vt.element);
        }
        List<Type> members = membersOf(t);
        if (members != null) {
            long offset = 0;
            for (Type m : members) {
                offset = align(offset, alignOf(m)) + sizeOf(m);
            }
            return align(offset, alignOf(t));
        }
        if (t == Types.STRING || t instanceof ListType) {
            return HeaderSizes.STRING_OR_LIST;
        }
        if (t instanceof DictType) {
            return HeaderSizes.DICT;
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
        if (t instanceof VectorType vt) {
            return sizeOf(vt); // a vector is aligned to its size, as in LLVM
        }
        List<Type> members = membersOf(t);
        if (members != null) {
            long a = 1;
            for (Type m : members) {
                a = Math.max(a, alignOf(m));
            }
            return a;
        }
        return 8;
    }

    /** Where member i of an aggregate starts (see {@link #membersOf}). */
    public static long memberOffset(Type t, int i) {
        List<Type> members = membersOf(t);
        long offset = 0;
        for (int k = 0; k < i; k++) {
            offset = align(offset, alignOf(members.get(k))) + sizeOf(members.get(k));
        }
        return align(offset, alignOf(members.get(i)));
    }

    public static long offsetOf(StructType st, StructType.Field field) {
        List<StructType.Field> fields = st.fieldList();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i) == field || fields.get(i).name().equals(field.name())) {
                return memberOffset(st, i);
            }
        }
        throw new IllegalArgumentException(field.name());
    }

    private static long align(long offset, long alignment) {
        return (offset + alignment - 1) / alignment * alignment;
    }
}
