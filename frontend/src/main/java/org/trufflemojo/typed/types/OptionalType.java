package org.trufflemojo.typed.types;

import java.util.IdentityHashMap;
import java.util.Map;
import org.trufflemojo.core.Repr;

/** {@code Optional[T]}: a T or nothing ({@code None}). */
public final class OptionalType extends Type {
    private static final Map<Type, OptionalType> CACHE = new IdentityHashMap<>();

    public final Type element;

    private OptionalType(Type element) {
        this.element = element;
    }

    public static synchronized OptionalType of(Type element) {
        return CACHE.computeIfAbsent(element, OptionalType::new);
    }

    @Override
    public String name() {
        return "Optional[" + element.name() + "]";
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
        return element.needsDestroy();
    }
}
