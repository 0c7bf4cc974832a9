package org.trufflemojo.ownership;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.trufflemojo.ownership.ControlFlowGraph.Block;
import org.trufflemojo.ownership.ControlFlowGraph.Event;
import org.trufflemojo.ownership.ControlFlowGraph.ResultCheck;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;

/**
 * Forward must-be-initialized analysis: a place is initialized at a point if it holds a value on
 * every path there. It rejects uses of uninitialized, moved and partially moved values, a move out
 * of a value the function does not own, and an {@code out} argument left incomplete. Moves and
 * destroys (decided by {@link DestroyPlacement}) leave their places uninitialized.
 *
 * <p>It iterates to a fixed point without reporting, then makes one reporting pass over the final
 * states, which also records the plan.
 */
final class Initialization {
    private final Function function;
    private final ControlFlowGraph graph;
    private final Places places;
    private final Liveness liveness;
    private final DestroyPlacement placement;
    private final FunctionDiagnostics diagnostics;
    /** Initialized places on entry to each block; null: not reached (yet). */
    private final BitSet[] initIn;
    /** Where each place was last moved, for error messages. */
    private final Map<Integer, SourcePos> movedAt = new HashMap<>();

    Initialization(Function function, ControlFlowGraph graph, Liveness liveness, DestroyPlacement placement, FunctionDiagnostics diagnostics) {
        this.function = function;
        this.graph = graph;
        this.places = graph.places;
        this.liveness = liveness;
        this.placement = placement;
        this.diagnostics = diagnostics;
        this.initIn = new BitSet[graph.blocks.size()];
    }

    void run() {
        initIn[graph.entry.id] = new BitSet();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : graph.blocks) {
                if (initIn[b.id] == null) {
                    continue;
                }
                BitSet out = runBlock(b);
                for (Block s : b.successors) {
                    BitSet joined = initIn[s.id] == null ? out : intersect(initIn[s.id], out);
                    if (initIn[s.id] == null || !joined.equals(initIn[s.id])) {
                        initIn[s.id] = joined;
                        changed = true;
                    }
                }
            }
        }
        diagnostics.startReporting();
        for (Block b : graph.blocks) {
            if (initIn[b.id] != null) {
                runBlock(b);
            }
        }
    }

    /** Initialized places on entry to the block, or null if it is unreachable. */
    BitSet initializedAtEntry(Block b) {
        return initIn[b.id] == null ? null : (BitSet) initIn[b.id].clone();
    }

    private static BitSet intersect(BitSet a, BitSet b) {
        BitSet r = (BitSet) a.clone();
        r.and(b);
        return r;
    }

    /** Runs the events of one block from its entry state; in the reporting pass, reports and records. */
    private BitSet runBlock(Block b) {
        boolean record = diagnostics.reporting();
        BitSet init = (BitSet) initIn[b.id].clone();
        BitSet[] liveAfter = liveness.liveAfterEvents(b);
        for (int k = 0; k < b.events.size(); k++) {
            Event e = b.events.get(k);
            if (record) {
                checkResultsBefore(b, k, init);
            }
            switch (e.kind()) {
                case USE -> checkUse(e, init);
                case OWN -> {
                    checkUse(e, init);
                    boolean move = placement.isMove(e, liveAfter[k]);
                    if (move) {
                        if (!placement.isOwned(e.place().root())) {
                            diagnostics.error(e.pos(), "cannot transfer out of '" + e.place() + "': argument '" + e.place().root().name
                                            + "' is not owned by this function (declare it 'var' to take ownership)");
                        }
                        BitSet moved = places.inside(e.place());
                        init.andNot(moved);
                        for (int i = moved.nextSetBit(0); i >= 0; i = moved.nextSetBit(i + 1)) {
                            movedAt.put(i, e.pos());
                        }
                    }
                    if (record) {
                        placement.recordMove(e, move);
                    }
                }
                case DEF -> init.or(places.inside(e.place()));
                case UNINIT -> init.andNot(places.inside(e.place()));
                case KEEP_ALIVE -> {
                }
                case SITE -> {
                    List<LifetimePlan.Destroy> dying = placement.dyingValues(init, liveAfter[k], e);
                    if (record) {
                        placement.recordDestroys(e, dying);
                    }
                }
            }
        }
        if (record) {
            checkResultsBefore(b, b.events.size(), init);
        }
        return init;
    }

    private void checkResultsBefore(Block b, int eventIndex, BitSet init) {
        for (ResultCheck check : graph.resultChecks) {
            if (check.block() == b && check.eventIndex() == eventIndex) {
                checkOutInitialized(init, check.where());
            }
        }
    }

    private void checkOutInitialized(BitSet init, String where) {
        Local out = function.outParam;
        BitSet mine = places.ofRoot(out);
        for (int i = mine.nextSetBit(0); i >= 0; i = mine.nextSetBit(i + 1)) {
            if (!init.get(i)) {
                Place p = places.get(i);
                diagnostics.error(function.pos, "'" + p + "' is uninitialized at " + where
                                + (p.isWhole() ? "" : " (field '" + p.path().get(p.path().size() - 1).name() + "' is never initialized)"));
                return;
            }
        }
    }

    /** A use of a place needs the place, the storage around it, and everything inside it initialized. */
    private void checkUse(Event e, BitSet init) {
        Place p = e.place();
        BitSet need = places.prefixes(p);
        need.or(places.inside(p));
        for (int i = need.nextSetBit(0); i >= 0; i = need.nextSetBit(i + 1)) {
            if (!init.get(i)) {
                Place missing = places.get(i);
                SourcePos at = movedAt.get(i);
                if (missing.within(p) && !missing.equals(p) && init.get(places.index(p))) {
                    String field = missing.path().get(missing.path().size() - 1).name();
                    diagnostics.error(e.pos(), "use of partially initialized value '" + p + "' (field '" + field + "' was transferred"
                                    + (at != null ? " on line " + at.line() : "") + ")");
                } else if (function.interiorReferences.containsKey(missing.root())) {
                    diagnostics.error(e.pos(), "use of invalidated interior reference");
                } else {
                    String when = at == null ? ""
                                    : at.equals(e.pos()) ? " (it was transferred here in the previous iteration of the loop)"
                                                    : " (it was transferred on line " + at.line() + ")";
                    diagnostics.error(e.pos(), "use of uninitialized value '" + p + "'" + when);
                }
                init.or(need); // report once
                return;
            }
        }
    }
}
