package org.trufflemojo.ownership;

import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.TExpr;

/**
 * What the ownership check decided for one program: for each {@link TExpr.Own} whether it copies
 * or moves, and where values are destroyed. The node builder turns each {@link Destroy} into a
 * destroy node at its site; nothing is decided at run time (no drop flags).
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
        /** At the start of the then-branch of an If (keyed by the If) or of a loop body (keyed by the loop). */
        BRANCH_START,
        /** At the start of the else-branch of an If, which is made if the If has none. */
        ELSE_START,
        /** When a loop ends because its condition failed (not by break), before its else. */
        LOOP_EXIT,
        /** Before a break, continue or return jumps (for return: after its value is computed). */
        BEFORE_JUMP,
        /** On the error path of a raise or of a call that may raise, before the error leaves (keyed by the raise or call). */
        RAISE_EDGE,
        /** At the start of an except clause (keyed by the Try). */
        HANDLER_START,
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

    private final IdentityHashMap<TExpr.Own, Boolean> moves = new IdentityHashMap<>();
    private final Map<Site, IdentityHashMap<Object, List<Destroy>>> destroys = new EnumMap<>(Site.class);

    public LifetimePlan() {
        for (Site s : Site.values()) {
            destroys.put(s, new IdentityHashMap<>());
        }
    }

    void setMove(TExpr.Own own, boolean move) {
        moves.put(own, move);
    }

    /** True if the place is moved (its source ends), false if it is copied. */
    public boolean isMove(TExpr.Own own) {
        Boolean m = moves.get(own);
        return m != null ? m : own.explicit();
    }

    void addDestroys(Site site, Object node, List<Destroy> list) {
        if (!list.isEmpty()) {
            destroys.get(site).computeIfAbsent(node, k -> new java.util.ArrayList<>()).addAll(list);
        }
    }

    public List<Destroy> destroys(Site site, Object node) {
        return destroys.get(site).getOrDefault(node, List.of());
    }
}
