package org.trufflemojo.ownership;

import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Program;

/**
 * The ownership check, run on the typed tree of every function before anything runs.
 *
 * <p>Each function becomes a control-flow graph of events on places ({@link CfgBuilder}). A
 * backward liveness fixed point ({@link Liveness}) says where each place is last used; a forward
 * must-be-initialized fixed point ({@link Initialization}) then rejects uses of uninitialized,
 * moved or partially moved values, while {@link DestroyPlacement} turns a copy at a place's last
 * use into a move and records, at every destroy site, the owned values that are initialized but no
 * longer live: that is where they are destroyed (ASAP), with no run-time drop flags. The result is
 * a {@link LifetimePlan}; {@link LifetimePlanPrinter} writes it as text.
 */
public final class OwnershipChecker {
    private final Diagnostics diagnostics;
    private final LifetimePlan plan = new LifetimePlan();

    public OwnershipChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public LifetimePlan check(Program program) {
        for (Function f : program.functions()) {
            if (f.body != null) {
                checkFunction(f);
            }
        }
        return plan;
    }

    private void checkFunction(Function function) {
        ControlFlowGraph graph = CfgBuilder.build(function);
        Liveness liveness = Liveness.of(function, graph);
        FunctionDiagnostics errors = new FunctionDiagnostics(diagnostics);
        DestroyPlacement placement = new DestroyPlacement(function, graph.places, plan, errors);
        new Initialization(function, graph, liveness, placement, errors).run();
    }
}
