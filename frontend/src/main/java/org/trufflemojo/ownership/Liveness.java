package org.trufflemojo.ownership;

import java.util.BitSet;

import org.trufflemojo.ownership.ControlFlowGraph.Block;
import org.trufflemojo.ownership.ControlFlowGraph.Event;
import org.trufflemojo.syntax.Stmt.Convention;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;

/**
 * Backward liveness of places: a place is live at a point if some path from there uses it before
 * it is redefined. Where an owned value stops being live is where it may die (ASAP destruction).
 */
final class Liveness {
    private final ControlFlowGraph graph;
    private final Places places;
    private final BitSet[] liveIn;
    private final BitSet[] liveOut;

    private Liveness(ControlFlowGraph graph) {
        this.graph = graph;
        this.places = graph.places;
        int n = graph.blocks.size();
        liveIn = new BitSet[n];
        liveOut = new BitSet[n];
        for (int i = 0; i < n; i++) {
            liveIn[i] = new BitSet();
            liveOut[i] = new BitSet();
        }
    }

    /** Runs the analysis to its fixed point. */
    static Liveness of(Function function, ControlFlowGraph graph) {
        Liveness liveness = new Liveness(graph);
        liveness.solve(liveness.liveAtExit(function));
        return liveness;
    }

    /** What the caller still sees when the function returns: mut arguments and the out argument. */
    private BitSet liveAtExit(Function function) {
        BitSet exitLive = new BitSet();
        for (Local p : function.params) {
            if (p.convention == Convention.MUT || (p.convention == Convention.REF && p.mutable)) {
                exitLive.or(places.ofRoot(p)); // a mut argument's value goes back to the caller
            }
        }
        if (function.outParam != null) {
            exitLive.or(places.ofRoot(function.outParam));
        }
        return exitLive;
    }

    private void solve(BitSet exitLive) {
        liveIn[graph.exit.id] = exitLive;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = graph.blocks.size() - 1; i >= 0; i--) {
                Block b = graph.blocks.get(i);
                if (b == graph.exit) {
                    continue;
                }
                BitSet out = new BitSet();
                for (Block s : b.successors) {
                    out.or(liveIn[s.id]);
                }
                BitSet in = (BitSet) out.clone();
                for (int k = b.events.size() - 1; k >= 0; k--) {
                    transfer(b.events.get(k), in);
                }
                if (!in.equals(liveIn[b.id]) || !out.equals(liveOut[b.id])) {
                    liveIn[b.id] = in;
                    liveOut[b.id] = out;
                    changed = true;
                }
            }
        }
    }

    /**
     * Places kept alive by a use of p: every tracked part of p's variable. A struct lives as a
     * whole until its last use; one of its fields dies on its own only when it is overwritten
     * (or moved out) before the struct is used again.
     */
    private BitSet keptAliveBy(Place p) {
        return places.ofRoot(p.root());
    }

    private void transfer(Event e, BitSet live) {
        switch (e.kind()) {
            case USE, OWN, KEEP_ALIVE -> live.or(keptAliveBy(e.place()));
            case DEF -> live.andNot(places.inside(e.place()));
            case SITE, UNINIT -> {
            }
        }
    }

    /** Places live on entry to the block. */
    BitSet liveIn(Block b) {
        return (BitSet) liveIn[b.id].clone();
    }

    /** Places live after each event of a block. */
    BitSet[] liveAfterEvents(Block b) {
        BitSet[] after = new BitSet[b.events.size()];
        BitSet live = (BitSet) liveOut[b.id].clone();
        for (int k = b.events.size() - 1; k >= 0; k--) {
            after[k] = (BitSet) live.clone();
            transfer(b.events.get(k), live);
        }
        return after;
    }
}
