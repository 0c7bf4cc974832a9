package org.trufflemojo.check;

import java.util.List;
import java.util.function.Consumer;


import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;

/**
 * Evaluates expressions over constants at compile time, for {@code alias} values such as
 * {@code alias SOLAR_MASS: Float64 = 4.0 * PI * PI}. Returns null for anything not foldable.
 */
final class ConstantFolder {
    private ConstantFolder() {
    }

    static TExpr.Const fold(TExpr e) {
        return fold(e, f -> {
        });
    }

    /**
     * As {@link #fold(TExpr)}, where {@code checkBody} checks the body of a called function that has
     * not been checked yet (an instance of generic code, as {@code Self._check[T]()} in a constraint).
     */
    static TExpr.Const fold(TExpr e, Consumer<Function> checkBody) {
        if (e instanceof TExpr.Const c) {
            return c;
        }
        if (e instanceof TExpr.CompareChain cc && cc.ops().size() == 1) {
            return fold(new TExpr.Prim(cc.pos(), cc.type(), cc.ops().get(0), cc.operands()), checkBody);
        }
        if (e instanceof TExpr.Logical lg) {
            TExpr.Const l = fold(lg.left(), checkBody);
            TExpr.Const r = fold(lg.right(), checkBody);
            if (l == null || r == null) {
                return null;
            }
            boolean v = lg.isAnd() ? (Boolean) l.value() && (Boolean) r.value() : (Boolean) l.value() || (Boolean) r.value();
            return new TExpr.Const(lg.pos(), lg.type(), v);
        }
        if (e instanceof TExpr.Call call && call.args().isEmpty() && call.target().syntax != null) {
            // a function without arguments whose body returns a constant (CompilationTarget.has_neon(),
            // a generic `_check[T]()` that returns from an unrolled `@parameter for`)
            if (call.target().body == null) {
                checkBody.accept(call.target());
            }
            return call.target().body != null && returned(call.target().body, checkBody) instanceof TExpr.Const k
                            ? new TExpr.Const(call.pos(), call.type(), k.value()) : null;
        }
        if (!(e instanceof TExpr.Prim p)) {
            return null;
        }
        List<TExpr> ops = p.operands();
        TExpr.Const a = fold(ops.get(0), checkBody);
        TExpr.Const b = ops.size() > 1 ? fold(ops.get(1), checkBody) : null;
        if (a == null || (ops.size() > 1 && b == null)) {
            return null;
        }
        Object v = switch (p.op()) {
            case FLOAT_ADD -> d(a) + d(b);
            case FLOAT_SUB -> d(a) - d(b);
            case FLOAT_MUL -> d(a) * d(b);
            case FLOAT_DIV -> d(a) / d(b);
            case FLOAT_NEG -> -d(a);
            case FLOAT_POW -> Math.pow(d(a), d(b));
            case INT_TO_FLOAT -> (double) l(a);
            case INT_ADD -> l(a) + l(b);
            case INT_SUB -> l(a) - l(b);
            case INT_MUL -> l(a) * l(b);
            case INT_NEG -> -l(a);
            case INT_FLOORDIV -> l(b) == 0 ? null : Math.floorDiv(l(a), l(b));
            case INT_MOD -> l(b) == 0 ? null : Math.floorMod(l(a), l(b));
            case INT_TRUEDIV -> (double) l(a) / l(b);
            case INT_EQ -> l(a) == l(b);
            case INT_NE -> l(a) != l(b);
            case INT_LT -> l(a) < l(b);
            case INT_LE -> l(a) <= l(b);
            case INT_GT -> l(a) > l(b);
            case INT_GE -> l(a) >= l(b);
            case BOOL_NOT -> !(Boolean) a.value();
            case INT_TO_BOOL -> l(a) != 0;
            default -> null;
        };
        if (v == null) {
            return null;
        }
        return new TExpr.Const(p.pos(), p.type(), v);
    }

    private static double d(TExpr.Const c) {
        return (Double) c.value();
    }

    private static long l(TExpr.Const c) {
        return (Long) c.value();
    }


    /** What a body that completes normally yields in {@link #returned}. */
    private static final Object COMPLETES = new Object();

    /**
     * The constant a straight-line body returns: its statements run in order, an {@code if} on a
     * constant takes its branch; null if it does anything else before returning, COMPLETES if it
     * ends without returning.
     */
    private static Object returned(TStmt s, Consumer<Function> checkBody) {
        switch (s) {
            case TStmt.Block b -> {
                for (TStmt inner : b.statements()) {
                    Object r = returned(inner, checkBody);
                    if (r != COMPLETES) {
                        return r;
                    }
                }
                return COMPLETES;
            }
            case TStmt.Return r -> {
                return r.value() == null ? null : fold(r.value(), checkBody);
            }
            case TStmt.If i -> {
                TExpr.Const c = fold(i.condition(), checkBody);
                if (c == null || !(c.value() instanceof Boolean taken)) {
                    return null;
                }
                TStmt branch = taken ? i.then() : i.otherwise();
                return branch == null ? COMPLETES : returned(branch, checkBody);
            }
            default -> {
                return null;
            }
        }
    }
}
