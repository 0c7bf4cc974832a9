package org.trufflemojo.check;

import java.util.function.Function;

import org.trufflemojo.syntax.Expr;
import org.trufflemojo.typed.types.StructType;

/**
 * A compile-time parameter whose value is a struct ({@code foo: Foo[x]} bound to {@code Foo[4]()}).
 * Like a struct-valued alias ({@link MaterializedAlias}), the value is materialized where it is used,
 * so each use checks and computes {@code value} anew; {@code type} is what it was checked to be, and
 * {@code key} identifies the value among the instances of a parametric struct or function (two
 * arguments with equal keys make the same instance).
 */
record StructValueArgument(StructType type, Expr value, Object key) {

    /**
     * The argument for {@code value} of {@code type}: a constructor call over constants is known by
     * them (so {@code Foo[4]()} written twice makes one instance), any other value by where it is
     * written. {@code constant} gives an argument's constant value, or null if it has none.
     */
    static StructValueArgument of(StructType type, Expr value, Function<Expr, Object> constant) {
        if (value instanceof Expr.Call call) {
            StringBuilder key = new StringBuilder(type.name()).append('(');
            for (Expr.Arg a : call.args()) {
                Object c = constant.apply(a.value());
                if (c == null) {
                    return new StructValueArgument(type, value, value);
                }
                key.append(key.charAt(key.length() - 1) == '(' ? "" : ", ").append(a.keyword() == null ? "" : a.keyword() + "=").append(c);
            }
            return new StructValueArgument(type, value, key.append(')').toString());
        }
        return new StructValueArgument(type, value, value);
    }

    /** How the value appears in an instance's name: {@code Foo[4]()}. */
    String text() {
        return key instanceof String s ? s : type.name() + "(...)";
    }

    @Override
    public String toString() {
        return text();
    }
}
