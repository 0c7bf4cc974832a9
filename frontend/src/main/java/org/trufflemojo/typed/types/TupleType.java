package org.trufflemojo.typed.types;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trufflemojo.core.Repr;

/** {@code Tuple[A, B, ...]} (also written {@code (A, B)}): a fixed-size group of values of different types. */
public final class TupleType extends Type {
    private static final Map<List<Type>, TupleType> CACHE = new HashMap<>();

    public final List<Type> elements;

    private TupleType(List<Type> elements) {
        this.elements = elements;
    }

    public static synchronized TupleType of(List<Type> elements) {
        return CACHE.computeIfAbsent(List.copyOf(elements), TupleType::new);
    }

    @Override
    public String name() {
        StringBuilder sb = new StringBuilder("Tuple[");
        for (int i = 0; i < elements.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(elements.get(i).name());
        }
        return sb.append(']').toString();
    }

    @Override
    public Repr repr() {
        return Repr.OBJECT;
    }

    @Override
    public boolean isCopyable() {
        return elements.stream().allMatch(Type::isCopyable);
    }

    @Override
    public boolean needsDestroy() {
        return elements.stream().anyMatch(Type::needsDestroy);
    }
}
