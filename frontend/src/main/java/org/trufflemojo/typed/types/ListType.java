package org.trufflemojo.typed.types;

import java.util.IdentityHashMap;
import java.util.Map;
import org.trufflemojo.core.Repr;
import java.util.HashMap;
import java.util.List;

/**
 * {@code List[T]}: a growable array that owns its elements. Elements of types that have a native
 * layout are stored flat in a native buffer (a {@code List[Point]} is a C array of Points); others
 * (Strings, Lists, structs holding them) are held in a Java array until they get native layouts too.
 */
public final class ListType extends Type {
    private static final Map<Type, ListType> CACHE = new IdentityHashMap<>();
    private static final Map<List<Object>, ListType> FIXED = new HashMap<>();
    private static final Map<Type, ListType> SPANS = new IdentityHashMap<>();
    private static final Map<Type, ListType> HINTED_TRIVIAL = new IdentityHashMap<>();

    public final Type element;
    /** For {@code InlineArray[T, n]}: n, the fixed number of elements; -1 for a growable List. */
    public final long fixedSize;
    /**
     * For {@code Span[T]}: a view of elements that something else owns (a List, an InlineArray, a
     * String's bytes, any memory). It has a list's header (address, length) but never frees or
     * grows the elements, and copying it copies the header only: writes through it reach the owner.
     */
    public final boolean isView;
    /**
     * For {@code List[T, hint_trivial_type=True]}: the program promises its elements need no
     * destructor, so destroying or clearing the list frees the buffer only (a distinct type from
     * {@code List[T]}, as in Mojo).
     */
    public final boolean hintTrivialType;

    private ListType(Type element, long fixedSize, boolean isView, boolean hintTrivialType) {
        this.element = element;
        this.fixedSize = fixedSize;
        this.isView = isView;
        this.hintTrivialType = hintTrivialType;
    }

    public static synchronized ListType of(Type element) {
        return CACHE.computeIfAbsent(element, e -> new ListType(e, -1, false, false));
    }

    /** {@code List[T, hint_trivial_type]}: a List whose elements are never destroyed one by one when the hint is true. */
    public static synchronized ListType of(Type element, boolean hintTrivialType) {
        return hintTrivialType ? HINTED_TRIVIAL.computeIfAbsent(element, e -> new ListType(e, -1, false, true)) : of(element);
    }

    /** Whether destroying the list destroys its elements (not when the program hinted they are trivial). */
    public boolean destroysElements() {
        return !hintTrivialType && element.needsDestroy();
    }

    /** {@code Span[T]}: a non-owning view of elements of type T. */
    public static synchronized ListType span(Type element) {
        return SPANS.computeIfAbsent(element, e -> new ListType(e, -1, true, false));
    }

    /** Whether the length can change (append, pop, ...): a List's, not an InlineArray's or a Span's. */
    public boolean isGrowable() {
        return !isFixed() && !isView;
    }

    /** {@code InlineArray[T, n]}: a list of exactly n elements (same storage and lifecycle as List). */
    public static synchronized ListType fixed(Type element, long size) {
        return FIXED.computeIfAbsent(List.of(element, size), k -> new ListType(element, size, false, false));
    }

    public boolean isFixed() {
        return fixedSize >= 0;
    }

    /** Whether the elements live in native memory (otherwise in a Java array). */
    public boolean isNative() {
        return NativeLayout.isStorable(element);
    }

    @Override
    public String name() {
        if (isView) {
            return "Span[" + element.name() + "]";
        }
        if (isFixed()) {
            return "InlineArray[" + element.name() + ", " + fixedSize + "]";
        }
        return hintTrivialType ? "List[" + element.name() + ", True]" : "List[" + element.name() + "]";
    }

    @Override
    public Repr repr() {
        return Repr.OBJECT;
    }

    @Override
    public boolean isCopyable() {
        return isView || element.isCopyable();
    }

    @Override
    public boolean needsDestroy() {
        return !isView && (isNative() || destroysElements());
    }
}
