package org.trufflemojo.check;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * {@code List[T]}: a growable array that owns its elements. Elements of types that have a native
 * layout are stored flat in a native buffer (a {@code List[Point]} is a C array of Points); others
 * (Strings, Lists, structs holding them) are held in a Java array until they get native layouts too.
 */
public final class ListType extends Type {
    private static final Map<Type, ListType> CACHE = new IdentityHashMap<>();

    public final Type element;

    private ListType(Type element) {
        this.element = element;
    }

    public static synchronized ListType of(Type element) {
        return CACHE.computeIfAbsent(element, ListType::new);
    }

    /** Whether the elements live in native memory (otherwise in a Java array). */
    public boolean isNative() {
        return NativeLayout.isStorable(element);
    }

    @Override
    public String name() {
        return "List[" + element.name() + "]";
    }

    @Override
    public Repr repr() {
        return Repr.OBJECT;
    }

    @Override
    public boolean isCopyable() {
        return element.isCopyable();
    }

    @Override
    public boolean needsDestroy() {
        return isNative() || element.needsDestroy();
    }
}
