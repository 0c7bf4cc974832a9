package org.trufflemojo.ownership;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trufflemojo.source.SourcePos;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.typed.types.StructType;

/**
 * What the ownership check decided for one program: for each {@link TExpr.Own} whether it copies
 * or moves, and where values are destroyed. The node builder turns each {@link Destroy} into a
 * destroy node at its site; nothing is decided at run time (no drop flags). The same decisions,
 * in the order they were made and with their source positions, are kept per function for
 * {@link LifetimePlanPrinter}.
 */
public final class LifetimePlan {
    /** Where destroys run, relative to the tree node they are keyed by. */
    public enum Site {
        /** After the node (a statement, a call, a loop or if condition, a range header) has run. */
        AFTER,
        /**
         * Between computing the value of an assignment and storing it (keyed by the assignment):
         * the old value of the target dies here unless it died earlier.
         */
        BEFORE_STORE,
        /**
         * At the start of the then-branch of an If (keyed by the If), of a loop body (keyed by the
         * loop), of the right operand of and/or or of the then-branch of a conditional expression.
         */
        BRANCH_START,
        /**
         * At the start of the else-branch of an If, which is made if the If has none; of the else
         * branch of a conditional expression; when the right operand of and/or is skipped.
         */
        ELSE_START,
        /**
         * At the end of the right operand of and/or or of the then-branch of a conditional
         * expression (keyed by that expression): what only that operand used dies there, on that path.
         */
        BRANCH_END,
        /** At the end of the else-branch of a conditional expression (keyed by it). */
        ELSE_END,
        /** When a loop ends because its condition failed (not by break), before its else. */
        LOOP_EXIT,
        /** Before a break, continue or return jumps (for return: after its value is computed). */
        BEFORE_JUMP,
        /** On the error path of a raise or of a call that may raise, before the error leaves (keyed by the raise or call). */
        RAISE_EDGE,
        /** At the start of an except clause (keyed by the Try). */
        HANDLER_START,
        /** At the end of a block that declares a variable whose address is taken, where the variable goes out of scope. Keyed by the block. */
        BLOCK_END,
        /** On entry to the function (owned arguments that are never used). Keyed by the function. */
        ENTRY,
        /** When control reaches the end of the function body. Keyed by the function. */
        END
    }

    /**
     * Destroy the value in {@code place}. With {@code fieldwise}, the value is not destroyed as a
     * whole (its {@code __del__} does not run): only the listed fields are, each by its own type,
     * as at the end of a {@code deinit} argument's life.
     */
    public record Destroy(Place place, boolean fieldwise, List<StructType.Field> fields) {
    }

    /** One decision, where it applies in the source: what the printer shows as one line. */
    sealed interface Decision {
        SourcePos pos();

        /** Orders a function's decisions as its source: see {@link ControlFlowGraph.Event#number()}. */
        int order();
    }

    /** A transfer of {@code place} at {@code pos} that copies, or moves when {@code move}. */
    record Transfer(SourcePos pos, int order, Place place, boolean move) implements Decision {
    }

    /** A destroy at a site keyed by {@code node}; {@code pos} is where the node is in the source. */
    record Destruction(SourcePos pos, int order, Site site, Object node, Destroy destroy) implements Decision {
    }

    private final IdentityHashMap<TExpr.Own, Boolean> moves = new IdentityHashMap<>();
    private final Map<Site, IdentityHashMap<Object, List<Destroy>>> destroys = new EnumMap<>(Site.class);
    /** Every decision of each function, in the order the check made it (deterministic). */
    private final Map<Function, List<Decision>> decisions = new LinkedHashMap<>();

    public LifetimePlan() {
        for (Site s : Site.values()) {
            destroys.put(s, new IdentityHashMap<>());
        }
    }

    void setMove(Function function, TExpr.Own own, Place place, boolean move, int order) {
        moves.put(own, move);
        decisionsOf(function).add(new Transfer(own.pos(), order, place, move));
    }

    /** True if the place is moved (its source ends), false if it is copied. */
    public boolean isMove(TExpr.Own own) {
        Boolean m = moves.get(own);
        return m != null ? m : own.explicit();
    }

    /**
     * Records destroys at a site. {@code lastEventPos} is where the last event before the site
     * happened; it places the end-of-function and end-of-scope destroys, whose keys (the function, the
     * block) sit at their starts.
     */
    void addDestroys(Function function, Site site, Object node, SourcePos lastEventPos, int order, List<Destroy> list) {
        if (list.isEmpty()) {
            return;
        }
        // A node the typed tree holds at two places (a lookup both read and written: d[k].x += 1) is one
        // site: each of its places runs this one list, so a value dying there is in it once
        List<Destroy> atSite = destroys.get(site).computeIfAbsent(node, k -> new ArrayList<>());
        SourcePos pos = (site == Site.END || site == Site.BLOCK_END) && lastEventPos != null ? lastEventPos : positionOf(node);
        for (Destroy d : list) {
            if (atSite.stream().noneMatch(known -> known.place().equals(d.place()))) {
                atSite.add(d);
                decisionsOf(function).add(new Destruction(pos, order, site, node, d));
            }
        }
    }

    public List<Destroy> destroys(Site site, Object node) {
        return destroys.get(site).getOrDefault(node, List.of());
    }

    /** The decisions made for a function, in the order they were made (empty if none). */
    List<Decision> decisions(Function function) {
        return decisions.getOrDefault(function, List.of());
    }

    private List<Decision> decisionsOf(Function function) {
        return decisions.computeIfAbsent(function, k -> new ArrayList<>());
    }

    private static SourcePos positionOf(Object node) {
        return switch (node) {
            case TStmt s -> s.pos();
            case TExpr e -> e.pos();
            case Function f -> f.pos;
            default -> SourcePos.NONE;
        };
    }
}
