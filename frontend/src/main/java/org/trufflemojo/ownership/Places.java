package org.trufflemojo.ownership;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.types.StructType;

/**
 * The places tracked in one function, each with an index so the analyses can keep sets of them
 * in bit sets. Every local is tracked, and every field path that an event mentions.
 */
final class Places {
    private final List<Place> places = new ArrayList<>();
    private final Map<Place, Integer> indexOf = new HashMap<>();

    /** The place's index, tracking it first if it is new. */
    int index(Place p) {
        Integer i = indexOf.get(p);
        if (i == null) {
            i = places.size();
            places.add(p);
            indexOf.put(p, i);
        }
        return i;
    }

    /** The place's index, or null if it is not tracked. */
    Integer lookup(Place p) {
        return indexOf.get(p);
    }

    Place get(int index) {
        return places.get(index);
    }

    int size() {
        return places.size();
    }

    static Place whole(Local l) {
        return new Place(l, List.of());
    }

    /** The place an expression denotes ({@code x}, {@code x.a.b}), or null if it is not a place. */
    static Place placeOf(TExpr e) {
        if (e instanceof TExpr.ReadLocal r) {
            return whole(r.local());
        }
        if (e instanceof TExpr.FieldRead fr) {
            Place inner = placeOf(fr.object());
            if (inner == null) {
                return null;
            }
            List<StructType.Field> path = new ArrayList<>(inner.path());
            path.add(fr.field());
            return new Place(inner.root(), List.copyOf(path));
        }
        return null;
    }

    /**
     * The variables whose storage a value read in place may lie in, when it is no place itself: the
     * tuple of {@code t[0]}, the list of {@code g[1]}, the dict of {@code d["k"]}, the Optional of
     * {@code o.value()}, the arguments of a call that returns a reference. A loop over such a value
     * reads them while it runs.
     */
    static List<Place> ownersOf(TExpr e) {
        List<Place> owners = new ArrayList<>();
        addOwners(e, owners);
        return owners;
    }

    private static void addOwners(TExpr e, List<Place> owners) {
        switch (e) {
            case TExpr.ReadLocal r -> owners.add(whole(r.local()));
            case TExpr.FieldRead fr -> addOwners(fr.object(), owners);
            case TExpr.TupleGet tg -> addOwners(tg.tuple(), owners);
            case TExpr.ListElement le -> addOwners(le.list(), owners);
            case TExpr.DictOp d when !d.operands().isEmpty() -> addOwners(d.operands().get(0), owners);
            case TExpr.OptionalOp o when !o.operands().isEmpty() -> addOwners(o.operands().get(0), owners);
            case TExpr.Deref d -> addOwners(d.pointer(), owners); // (d[k] is a slot of d's table)
            case TExpr.Temp t -> addOwners(t.value(), owners);
            case TExpr.Memory m when m.op() == TExpr.MemoryOp.OFFSET -> addOwners(m.operands().get(0), owners);
            case TExpr.RefTarget rt when rt.call() instanceof TExpr.Call c -> c.args().forEach(a -> addOwners(a, owners));
            default -> {
            }
        }
    }

    /** Indices of the tracked places of {@code p}'s root that are prefixes of p (including p if tracked). */
    BitSet prefixes(Place p) {
        BitSet r = new BitSet();
        for (int i = 0; i < places.size(); i++) {
            if (p.within(places.get(i))) {
                r.set(i);
            }
        }
        return r;
    }

    /** Indices of tracked places inside p (including p). */
    BitSet inside(Place p) {
        BitSet r = new BitSet();
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).within(p)) {
                r.set(i);
            }
        }
        return r;
    }

    /** Indices of every tracked place of the variable {@code root}. */
    BitSet ofRoot(Local root) {
        BitSet r = new BitSet();
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).root() == root) {
                r.set(i);
            }
        }
        return r;
    }
}
