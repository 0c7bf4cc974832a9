package org.trufflemojo.typed.types;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trufflemojo.core.Repr;

/** {@code fn(A, B) -> R}: a (non-capturing) function as a value, held as its call target. */
public final class FunctionType extends Type {
    private static final Map<List<Object>, FunctionType> CACHE = new HashMap<>();

    public final List<Type> params;
    public final Type result;
    public final boolean raises;
    /** The index of the variadic parameter ({@code *args: T}, a List[T] in {@link #params}), or -1. */
    public final int variadic;

    private FunctionType(List<Type> params, Type result, boolean raises, int variadic) {
        this.params = params;
        this.result = result;
        this.raises = raises;
        this.variadic = variadic;
    }

    public static FunctionType of(List<Type> params, Type result, boolean raises) {
        return of(params, result, raises, -1);
    }

    public static synchronized FunctionType of(List<Type> params, Type result, boolean raises, int variadic) {
        return CACHE.computeIfAbsent(List.of(List.copyOf(params), result, raises, variadic),
                        k -> new FunctionType(List.copyOf(params), result, raises, variadic));
    }

    @Override
    public String name() {
        StringBuilder sb = new StringBuilder("fn(");
        for (int i = 0; i < params.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(i == variadic && params.get(i) instanceof ListType lt ? "*" + lt.element.name() : params.get(i).name());
        }
        sb.append(')');
        if (raises) {
            sb.append(" raises");
        }
        return result == Types.NONE ? sb.toString() : sb.append(" -> ").append(result.name()).toString();
    }

    @Override
    public Repr repr() {
        return Repr.OBJECT;
    }
}
