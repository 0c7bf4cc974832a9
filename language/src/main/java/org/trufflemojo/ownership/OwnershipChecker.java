package org.trufflemojo.ownership;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.trufflemojo.check.Program;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;

/**
 * The ownership check, run on the typed tree before any code runs. It is a forward dataflow
 * analysis over each function's control flow (branches join by intersection, loops iterate to a
 * fixed point, {@code break}/{@code continue}/{@code return} carry their state to their targets)
 * that tracks which locals are definitely initialized, and rejects every use of a value that may
 * be uninitialized.
 */
public final class OwnershipChecker {
    private final Diagnostics diagnostics;

    public OwnershipChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public void check(Program program) {
        for (Function f : program.functions()) {
            if (f.body != null) {
                new FunctionAnalysis(f).run();
            }
        }
    }

    private static final class LoopContext {
        final List<BitSet> breaks = new ArrayList<>();
        final List<BitSet> continues = new ArrayList<>();
    }

    private final class FunctionAnalysis {
        private final Function function;
        /** Definitely initialized locals, by slot; null when the current point is unreachable. */
        private BitSet state;
        private final Deque<LoopContext> loops = new ArrayDeque<>();
        private final Set<Local> reported = new HashSet<>();
        /** Off while a loop is iterated to its fixed point, so each error is reported once, from the final state. */
        private boolean reporting = true;

        FunctionAnalysis(Function function) {
            this.function = function;
        }

        void run() {
            state = new BitSet();
            for (Local p : function.params) {
                if (p.convention != Stmt.Convention.OUT) {
                    state.set(p.slot);
                }
            }
            statement(function.body);
        }

        private void statement(TStmt s) {
            if (state == null) {
                return; // unreachable code
            }
            switch (s) {
                case TStmt.Block b -> {
                    for (TStmt t : b.statements()) {
                        statement(t);
                    }
                }
                case TStmt.WriteLocal w -> {
                    expression(w.value());
                    if (state != null) {
                        state.set(w.local().slot);
                    }
                }
                case TStmt.Eval e -> expression(e.expr());
                case TStmt.Print p -> {
                    p.values().forEach(this::expression);
                    if (p.sep() != null) {
                        expression(p.sep());
                    }
                    if (p.end() != null) {
                        expression(p.end());
                    }
                }
                case TStmt.If i -> {
                    expression(i.condition());
                    BitSet in = state;
                    state = copy(in);
                    statement(i.then());
                    BitSet afterThen = state;
                    state = copy(in);
                    if (i.otherwise() != null) {
                        statement(i.otherwise());
                    }
                    state = join(afterThen, state);
                }
                case TStmt.While w -> loop(w.condition(), null, w.body(), w.otherwise());
                case TStmt.ForRange f -> {
                    expression(f.start());
                    expression(f.end());
                    expression(f.step());
                    state.set(f.endTemp().slot);
                    state.set(f.stepTemp().slot);
                    state.set(f.counter().slot);
                    loop(null, f.variable(), f.body(), f.otherwise());
                }
                case TStmt.Break b -> {
                    loops.peek().breaks.add(state);
                    state = null;
                }
                case TStmt.Continue c -> {
                    loops.peek().continues.add(state);
                    state = null;
                }
                case TStmt.Return r -> {
                    if (r.value() != null) {
                        expression(r.value());
                    }
                    state = null;
                }
            }
        }

        /**
         * A loop: the state at its head is the join of the entry state and the states that reach
         * the next iteration, found by iterating until it no longer changes.
         */
        private void loop(TExpr condition, Local variable, TStmt body, TStmt otherwise) {
            BitSet entry = state;
            BitSet head = copy(entry);
            boolean outerReporting = reporting;
            reporting = false;
            LoopContext ctx;
            BitSet exit;
            while (true) {
                ctx = new LoopContext();
                exit = iterate(head, condition, variable, body, ctx);
                BitSet next = join(entry, ctx.continues.stream().reduce(state, this::join));
                if (next == null || next.equals(head)) {
                    break;
                }
                head = next;
            }
            reporting = outerReporting;
            ctx = new LoopContext();
            exit = iterate(head, condition, variable, body, ctx);
            state = exit;
            if (otherwise != null) {
                statement(otherwise);
            }
            for (BitSet b : ctx.breaks) {
                state = join(state, b);
            }
        }

        /** Analyzes one pass through the loop from {@code head}; returns the state when the loop condition fails. */
        private BitSet iterate(BitSet head, TExpr condition, Local variable, TStmt body, LoopContext ctx) {
            state = copy(head);
            if (condition != null) {
                expression(condition);
            }
            BitSet exit = copy(state);
            if (variable != null) {
                state.set(variable.slot);
            }
            loops.push(ctx);
            statement(body);
            loops.pop();
            return exit;
        }

        private void expression(TExpr e) {
            if (state == null) {
                return;
            }
            switch (e) {
                case TExpr.Const c -> {
                }
                case TExpr.ReadLocal r -> use(r);
                case TExpr.Prim p -> p.operands().forEach(this::expression);
                case TExpr.Logical l -> {
                    expression(l.left());
                    BitSet in = copy(state);
                    expression(l.right());
                    state = join(in, state);
                }
                case TExpr.CompareChain c -> c.operands().forEach(this::expression);
                case TExpr.Conditional c -> {
                    expression(c.condition());
                    BitSet in = state;
                    state = copy(in);
                    expression(c.then());
                    BitSet afterThen = state;
                    state = copy(in);
                    expression(c.otherwise());
                    state = join(afterThen, state);
                }
                case TExpr.Call c -> c.args().forEach(this::expression);
                case TExpr.Format f -> f.values().forEach(this::expression);
            }
        }

        private void use(TExpr.ReadLocal r) {
            Local l = r.local();
            if (!state.get(l.slot)) {
                if (reporting && reported.add(l)) {
                    diagnostics.error(r.pos(), "use of uninitialized value '" + l.name + "'");
                }
                state.set(l.slot); // report once; treat as initialized from here on
            }
        }

        private BitSet copy(BitSet s) {
            return s == null ? null : (BitSet) s.clone();
        }

        /** Join of two control-flow paths: initialized only if initialized on both; null is unreachable. */
        private BitSet join(BitSet a, BitSet b) {
            if (a == null) {
                return copy(b);
            }
            if (b == null) {
                return copy(a);
            }
            BitSet r = copy(a);
            r.and(b);
            return r;
        }
    }
}
