package org.trufflemojo.typed;

/** Questions about typed expressions that several stages ask. */
public final class TExprs {
    private TExprs() {
    }

    /** A place in native memory: {@code p[i]} or a field path inside it. */
    public static boolean isMemoryPlace(TExpr e) {
        return e instanceof TExpr.Deref || (e instanceof TExpr.FieldRead fr && isMemoryPlace(fr.object()));
    }
}
