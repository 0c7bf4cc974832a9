package org.trufflemojo.typed.types;

/** A built-in parametric type that is only a type once given its parameters, e.g. {@code UnsafePointer}. */
public record TypeConstructor(String name) {
    public static final TypeConstructor UNSAFE_POINTER = new TypeConstructor("UnsafePointer");
    public static final TypeConstructor LIST = new TypeConstructor("List");
    public static final TypeConstructor TUPLE = new TypeConstructor("Tuple");
    public static final TypeConstructor OPTIONAL = new TypeConstructor("Optional");
    public static final TypeConstructor DICT = new TypeConstructor("Dict");
    public static final TypeConstructor SCALAR = new TypeConstructor("Scalar");
    public static final TypeConstructor INLINE_ARRAY = new TypeConstructor("InlineArray");
    /** {@code Span[T]}: a non-owning view of elements (see {@link ListType#span}). */
    public static final TypeConstructor SPAN = new TypeConstructor("Span");
    public static final TypeConstructor OWNED_POINTER = new TypeConstructor("OwnedPointer");
    public static final TypeConstructor ARC_POINTER = new TypeConstructor("ArcPointer");
    public static final TypeConstructor SIMD = new TypeConstructor("SIMD");
}
