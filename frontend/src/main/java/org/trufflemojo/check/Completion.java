package org.trufflemojo.check;

import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.typed.types.Types;

/** Whether control can reach the end of a statement ("fall off the end" of a function). */
final class Completion {
    private Completion() {
    }

    static boolean canCompleteNormally(TStmt s) {
        return switch (s) {
            case TStmt.Block b -> {
                for (TStmt t : b.statements()) {
                    if (!canCompleteNormally(t)) {
                        yield false;
                    }
                }
                yield true;
            }
            case TStmt.Return r -> false;
            case TStmt.Raise r -> false;
            case TStmt.Try t -> (canCompleteNormally(t.body()) && (t.otherwise() == null || canCompleteNormally(t.otherwise())))
                            || (t.handler() != null && canCompleteNormally(t.handler()));
            case TStmt.Break b -> false;
            case TStmt.Continue c -> false;
            case TStmt.If i -> {
                if (isConstant(i.condition(), true)) {
                    yield canCompleteNormally(i.then());
                }
                yield canCompleteNormally(i.then()) || i.otherwise() == null || canCompleteNormally(i.otherwise());
            }
            case TStmt.While w -> !isConstant(w.condition(), true) || containsBreak(w.body());
            case TStmt.Eval e -> e.expr().type() != Types.NEVER; // a call of a function that cannot return
            default -> true;
        };
    }

    private static boolean isConstant(TExpr e, boolean value) {
        return e instanceof TExpr.Const c && Boolean.valueOf(value).equals(c.value());
    }

    /** A break that leaves this loop (not one of a nested loop). */
    private static boolean containsBreak(TStmt s) {
        return switch (s) {
            case TStmt.Break b -> true;
            case TStmt.Block b -> b.statements().stream().anyMatch(Completion::containsBreak);
            case TStmt.If i -> containsBreak(i.then()) || (i.otherwise() != null && containsBreak(i.otherwise()));
            default -> false;
        };
    }
}
