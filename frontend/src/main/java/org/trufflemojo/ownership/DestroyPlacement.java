package org.trufflemojo.ownership;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.trufflemojo.ownership.ControlFlowGraph.Event;
import org.trufflemojo.syntax.Stmt.Convention;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.types.StructType;

/**
 * The decisions that make up the {@link LifetimePlan} of one function: whether a transfer copies
 * or moves (a move at the last use of an owned variable, or when written {@code x^}), and which
 * values die at each destroy site (those initialized but no longer live: ASAP destruction).
 * {@link Initialization} asks for these decisions as it walks the graph, since a move or a destroy
 * leaves its place uninitialized; its final pass records them in the plan.
 */
final class DestroyPlacement {
    private final Function function;
    private final Places places;
    private final LifetimePlan plan;
    private final FunctionDiagnostics diagnostics;

    DestroyPlacement(Function function, Places places, LifetimePlan plan, FunctionDiagnostics diagnostics) {
        this.function = function;
        this.places = places;
        this.plan = plan;
        this.diagnostics = diagnostics;
    }

    /** Whether the OWN event moves its place: an explicit {@code ^}, or the last use of an owned variable. */
    boolean isMove(Event own, BitSet liveAfter) {
        return own.node() instanceof TExpr.Own o && (o.explicit() || lastUseOfOwnedLocal(own.place(), liveAfter));
    }

    void recordMove(Event own, boolean move) {
        plan.setMove(function, (TExpr.Own) own.node(), own.place(), move, own.number());
    }

    void recordDestroys(Event site, List<LifetimePlan.Destroy> dying) {
        plan.addDestroys(function, site.site(), site.node(), site.pos(), site.number(), dying);
    }

    private boolean lastUseOfOwnedLocal(Place p, BitSet liveAfter) {
        if (!p.isWhole() || !isOwned(p.root()) || p.type() instanceof StructType st && st.transfersByCopy()) {
            return false;
        }
        return !places.ofRoot(p.root()).intersects(liveAfter);
    }

    /** Values this function owns and must destroy: locals and owned (var / deinit) arguments. */
    boolean isOwned(Local l) {
        if (!l.isParameter()) {
            return l != function.outParam && l.convention != Convention.READ;
        }
        return l.convention == Convention.VAR || l.convention == Convention.DEINIT;
    }

    /** Arguments whose fields die one by one, without their struct's __del__ (deinit self, the source of a move). */
    private boolean isDeinitLike(Local l) {
        if (!l.isParameter()) {
            return false;
        }
        if (l.convention == Convention.DEINIT) {
            return true;
        }
        return l.convention == Convention.VAR && (function.isLifecycleMethod("__del__") || function.isLifecycleMethod("__deinit__")
                        || function.isLifecycleMethod("__moveinit__"))
                        && l.type == function.owner;
    }

    /**
     * The values to destroy at a site: every owned place (or a field overwritten in any place
     * that may be assigned) that is initialized but not live. They become uninitialized in
     * {@code init}.
     */
    List<LifetimePlan.Destroy> dyingValues(BitSet init, BitSet live, Event site) {
        List<LifetimePlan.Destroy> result = new ArrayList<>();
        for (int i = init.nextSetBit(0); i >= 0; i = init.nextSetBit(i + 1)) {
            Place p = places.get(i);
            if (!p.isWhole() || live.get(i)) {
                continue;
            }
            Local root = p.root();
            BitSet mine = places.ofRoot(root);
            if (mine.intersects(live)) {
                continue; // some part is still used later
            }
            BitSet missing = (BitSet) mine.clone();
            missing.andNot(init);
            if (isOwned(root) || root.convention == Convention.MUT) {
                if (isDeinitLike(root) && root.type instanceof StructType st) {
                    result.add(new LifetimePlan.Destroy(p, true, remainingFields(root, st, init)));
                } else if (!missing.isEmpty()) {
                    Place gone = places.get(missing.nextSetBit(0));
                    if (p.type().needsDestroy()) {
                        diagnostics.error(site.pos() != null ? site.pos() : root.declaredAt, "'" + p
                                        + "' is partially initialized at the end of its lifetime (field '"
                                        + gone.path().get(gone.path().size() - 1).name() + "' was transferred); reinitialize it first");
                    }
                } else if (p.type() instanceof StructType st && st.explicitDestroy) {
                    // a linear value that nothing consumed: only its named destructors may end it
                    // (a variable is reported where it is declared; a temporary where it dies)
                    boolean temporary = root.name.startsWith("(");
                    String what = temporary ? "value of type '" + st.name() + "'" : "'" + p + "'";
                    SourcePos at = temporary && site.pos() != null ? site.pos() : root.declaredAt;
                    diagnostics.error(at, what + " abandoned without being explicitly destroyed"
                                    + (st.explicitDestroyMessage != null ? ": " + st.explicitDestroyMessage : ""));
                } else if (p.type().needsDestroy()) {
                    result.add(new LifetimePlan.Destroy(p, false, List.of()));
                }
            }
            init.andNot(mine);
        }
        // Fields overwritten later while their struct lives on: destroy the old field value now.
        for (int i = init.nextSetBit(0); i >= 0; i = init.nextSetBit(i + 1)) {
            Place p = places.get(i);
            if (p.isWhole() || live.get(i) || !init.get(places.index(Places.whole(p.root())))) {
                continue;
            }
            boolean innerLive = places.inside(p).intersects(live);
            // (a field with nothing to destroy keeps its value: on a path where the struct dies
            // instead of the field being overwritten, say an early return, the struct is still whole)
            if (!innerLive && p.type().needsDestroy() && (isOwned(p.root()) || p.root().convention == Convention.MUT || p.root() == function.outParam)) {
                result.add(new LifetimePlan.Destroy(p, false, List.of()));
                init.andNot(places.inside(p));
            }
        }
        return result;
    }

    /** The fields of a deinit-like argument still to destroy: those not moved out that need a destroy. */
    private List<StructType.Field> remainingFields(Local root, StructType st, BitSet init) {
        List<StructType.Field> fields = new ArrayList<>();
        for (StructType.Field f : st.fieldList()) {
            Integer fi = places.lookup(new Place(root, List.of(f)));
            if ((fi == null || init.get(fi)) && f.type().needsDestroy()) {
                fields.add(f);
            }
        }
        return fields;
    }
}
