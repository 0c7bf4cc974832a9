package org.trufflemojo.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.trufflemojo.core.Intrinsic;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;

/**
 * Evaluates expressions over constants at compile time, for {@code alias} values such as
 * {@code alias SOLAR_MASS: Float64 = 4.0 * PI * PI} and compile-time parameters. A call of a
 * user function with constant arguments ({@code alias N = fib(10)}) runs its checked body here, over
 * scalar values: locals, {@code if}, {@code while}, {@code for} over a range, {@code return} and
 * further calls. Returns null for anything else (a function that prints, allocates or raises), so
 * such a value is computed when the program runs.
 */
final class ConstantFolder {
    /** How many statements and loop iterations one compile-time evaluation may take before it gives up. */
    private static final int STEP_BUDGET = 2_000_000;
    /** How deep compile-time calls may nest (a recursion deeper than this is left to run time). */
    private static final int MAX_DEPTH = 150;

    private final Consumer<Function> checkBody;
    /** The values of the locals of the call being evaluated. */
    private final Map<Local, TExpr.Const> locals;
    /** The steps left, shared by every call of one evaluation. */
    private final int[] steps;
    private final int depth;

    private ConstantFolder(Consumer<Function> checkBody, Map<Local, TExpr.Const> locals, int[] steps, int depth) {
        this.checkBody = checkBody;
        this.locals = locals;
        this.steps = steps;
        this.depth = depth;
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
        return new ConstantFolder(checkBody, new HashMap<>(), new int[] {STEP_BUDGET}, 0).value(e);
    }

    private TExpr.Const value(TExpr e) {
        switch (e) {
            case TExpr.Const c -> {
                return c;
            }
            case TExpr.ReadLocal r -> {
                return locals.get(r.local());
            }
            case TExpr.Own o -> {
                return value(o.place());
            }
            case TExpr.Copy c -> {
                return value(c.source());
            }
            case TExpr.Temp t -> {
                return value(t.value()); // (a temporary only holds the value while it is used)
            }
            case TExpr.CompareChain cc -> {
                // a < b < c: each comparison on its own, all of them true
                for (int i = 0; i < cc.ops().size(); i++) {
                    TExpr.Const k = value(new TExpr.Prim(cc.pos(), cc.type(), cc.ops().get(i), List.of(cc.operands().get(i), cc.operands().get(i + 1))));
                    if (k == null || !(k.value() instanceof Boolean b)) {
                        return null;
                    }
                    if (!b || i == cc.ops().size() - 1) {
                        return new TExpr.Const(cc.pos(), cc.type(), b);
                    }
                }
                return null;
            }
            case TExpr.Logical lg -> {
                TExpr.Const l = value(lg.left());
                if (l == null || !(l.value() instanceof Boolean lb)) {
                    return null;
                }
                if (lg.isAnd() != lb) {
                    return new TExpr.Const(lg.pos(), lg.type(), lb); // (decided by the left operand)
                }
                TExpr.Const r = value(lg.right());
                return r == null || !(r.value() instanceof Boolean rb) ? null : new TExpr.Const(lg.pos(), lg.type(), rb);
            }
            case TExpr.Conditional c -> {
                TExpr.Const k = value(c.condition());
                return k == null || !(k.value() instanceof Boolean b) ? null : value(b ? c.then() : c.otherwise());
            }
            case TExpr.Call call -> {
                return call(call);
            }
            case TExpr.Prim p -> {
                return prim(p);
            }
            case TExpr.IntrinsicCall ic -> {
                return intrinsic(ic);
            }
            default -> {
                return null;
            }
        }
    }

    /** The few pure intrinsics whose result on constants is known here: a string's prefix and suffix tests. */
    private TExpr.Const intrinsic(TExpr.IntrinsicCall ic) {
        if ((ic.intrinsic() == Intrinsic.STRING_STARTSWITH || ic.intrinsic() == Intrinsic.STRING_ENDSWITH) && ic.operands().size() == 2
                        && value(ic.operands().get(0)) instanceof TExpr.Const text && text.value() instanceof String t
                        && value(ic.operands().get(1)) instanceof TExpr.Const affix && affix.value() instanceof String a) {
            // `comptime if get_function_name[f]().startswith("test_")`
            boolean result = ic.intrinsic() == Intrinsic.STRING_STARTSWITH ? t.startsWith(a) : t.endsWith(a);
            return new TExpr.Const(ic.pos(), ic.type(), result);
        }
        return null;
    }

    /** A call of a user function whose arguments are constants: its body, run on them. */
    private TExpr.Const call(TExpr.Call call) {
        Function f = call.target();
        if (f.syntax == null || f.isBuiltIn() || f.outParam != null || call.args().size() != f.params.size() || depth >= MAX_DEPTH) {
            return null;
        }
        Map<Local, TExpr.Const> frame = new HashMap<>();
        for (int i = 0; i < call.args().size(); i++) {
            TExpr.Const a = value(call.args().get(i));
            if (a == null) {
                return null;
            }
            frame.put(f.params.get(i), a);
        }
        if (f.body == null) {
            checkBody.accept(f);
        }
        if (f.body == null) {
            return null;
        }
        Object result = new ConstantFolder(checkBody, frame, steps, depth + 1).run(f.body);
        return result instanceof TExpr.Const k ? new TExpr.Const(call.pos(), call.type(), k.value()) : null;
    }

    /** How a statement ends when it does not return a constant. */
    private enum Completion {
        NORMAL, BREAK, CONTINUE
    }

    /** Runs a statement: a {@link Completion}, the constant a {@code return} gives, or null if it cannot be run here. */
    private Object run(TStmt s) {
        if (--steps[0] < 0) {
            return null;
        }
        switch (s) {
            case TStmt.Block b -> {
                for (TStmt inner : b.statements()) {
                    Object r = run(inner);
                    if (r != Completion.NORMAL) {
                        return r;
                    }
                }
                return Completion.NORMAL;
            }
            case TStmt.Return r -> {
                return r.value() == null ? null : value(r.value());
            }
            case TStmt.WriteLocal w -> {
                TExpr.Const v = value(w.value());
                if (v == null) {
                    return null;
                }
                locals.put(w.local(), v);
                return Completion.NORMAL;
            }
            case TStmt.Eval ev -> {
                return value(ev.expr()) == null ? null : Completion.NORMAL;
            }
            case TStmt.If i -> {
                TExpr.Const c = value(i.condition());
                if (c == null || !(c.value() instanceof Boolean taken)) {
                    return null;
                }
                TStmt branch = taken ? i.then() : i.otherwise();
                return branch == null ? Completion.NORMAL : run(branch);
            }
            case TStmt.While w -> {
                while (true) {
                    TExpr.Const c = value(w.condition());
                    if (c == null || !(c.value() instanceof Boolean go) || --steps[0] < 0) {
                        return null;
                    }
                    if (!go) {
                        return w.otherwise() == null ? Completion.NORMAL : run(w.otherwise());
                    }
                    Object r = run(w.body());
                    if (r == Completion.BREAK) {
                        return Completion.NORMAL;
                    }
                    if (r != Completion.NORMAL && r != Completion.CONTINUE) {
                        return r;
                    }
                }
            }
            case TStmt.ForRange f -> {
                return forRange(f);
            }
            case TStmt.Break b -> {
                return Completion.BREAK;
            }
            case TStmt.Continue c -> {
                return Completion.CONTINUE;
            }
            default -> {
                return null;
            }
        }
    }

    private Object forRange(TStmt.ForRange f) {
        TExpr.Const start = value(f.start());
        TExpr.Const end = value(f.end());
        TExpr.Const step = f.step() == null ? null : value(f.step());
        if (f.backward() || !(start != null && start.value() instanceof Long from) || !(end != null && end.value() instanceof Long to)
                        || f.step() != null && !(step != null && step.value() instanceof Long)) {
            return null;
        }
        long by = step == null ? 1 : (Long) step.value();
        if (by == 0) {
            return null; // (an error when the program runs)
        }
        for (long i = from; by > 0 ? i < to : i > to; i += by) {
            if (--steps[0] < 0) {
                return null;
            }
            locals.put(f.variable(), new TExpr.Const(f.pos(), f.variable().type, i));
            Object r = run(f.body());
            if (r == Completion.BREAK) {
                return Completion.NORMAL;
            }
            if (r != Completion.NORMAL && r != Completion.CONTINUE) {
                return r;
            }
        }
        return f.otherwise() == null ? Completion.NORMAL : run(f.otherwise());
    }

    private TExpr.Const prim(TExpr.Prim p) {
        try {
            return primOf(p);
        } catch (ClassCastException e) {
            return null; // operands of a kind this evaluator does not compute with (a wide integer, a SIMD value)
        }
    }

    private TExpr.Const primOf(TExpr.Prim p) {
        List<TExpr> ops = p.operands();
        TExpr.Const a = value(ops.get(0));
        TExpr.Const b = ops.size() > 1 ? value(ops.get(1)) : null;
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
            case FLOAT_EQ -> d(a) == d(b);
            case FLOAT_NE -> d(a) != d(b);
            case FLOAT_LT -> d(a) < d(b);
            case FLOAT_LE -> d(a) <= d(b);
            case FLOAT_GT -> d(a) > d(b);
            case FLOAT_GE -> d(a) >= d(b);
            case INT_TO_FLOAT -> (double) l(a);
            case INT_ADD -> l(a) + l(b);
            case INT_SUB -> l(a) - l(b);
            case INT_MUL -> l(a) * l(b);
            case INT_NEG -> -l(a);
            case INT_AND -> l(a) & l(b);
            case INT_OR -> l(a) | l(b);
            case INT_XOR -> l(a) ^ l(b);
            case INT_INVERT -> ~l(a);
            case INT_SHL -> l(b) < 0 ? null : l(b) >= 64 ? 0L : l(a) << l(b);
            case INT_SHR -> l(b) < 0 ? null : l(a) >> Math.min(l(b), 63);
            case INT_MIN -> Math.min(l(a), l(b));
            case INT_MAX -> Math.max(l(a), l(b));
            case INT_ABS -> Math.abs(l(a));
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
            case BOOL_EQ -> a.value().equals(b.value());
            case BOOL_NE -> !a.value().equals(b.value());
            case BOOL_AND -> (Boolean) a.value() && (Boolean) b.value();
            case BOOL_OR -> (Boolean) a.value() || (Boolean) b.value();
            case BOOL_XOR -> (Boolean) a.value() ^ (Boolean) b.value();
            case INT_TO_BOOL -> l(a) != 0;
            case BOOL_TO_INT -> (Boolean) a.value() ? 1L : 0L;
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
