package org.trufflemojo.check;

import java.util.List;


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
        if (e instanceof TExpr.Const c) {
            return c;
        }
        if (e instanceof TExpr.CompareChain cc && cc.ops().size() == 1) {
            return fold(new TExpr.Prim(cc.pos(), cc.type(), cc.ops().get(0), cc.operands()));
        }
        if (e instanceof TExpr.Logical lg) {
            TExpr.Const l = fold(lg.left());
            TExpr.Const r = fold(lg.right());
            if (l == null || r == null) {
                return null;
            }
            boolean v = lg.isAnd() ? (Boolean) l.value() && (Boolean) r.value() : (Boolean) l.value() || (Boolean) r.value();
            return new TExpr.Const(lg.pos(), lg.type(), v);
        }
        if (e instanceof TExpr.Call call && call.args().isEmpty() && call.target().body instanceof TStmt.Block b && b.statements().size() == 1
                        && b.statements().get(0) instanceof TStmt.Return r && r.value() != null && fold(r.value()) instanceof TExpr.Const k) {
            // a function without arguments whose body returns a constant (CompilationTarget.has_neon())
            return new TExpr.Const(call.pos(), call.type(), k.value());
        }
        if (!(e instanceof TExpr.Prim p)) {
            return null;
        }
        List<TExpr> ops = p.operands();
        TExpr.Const a = fold(ops.get(0));
        TExpr.Const b = ops.size() > 1 ? fold(ops.get(1)) : null;
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

}
