package org.trufflemojo.typed;

import org.trufflemojo.typed.types.ListType;

/** Questions about typed expressions that several stages ask. */
public final class TExprs {
    private TExprs() {
    }

    /**
     * A place in native memory: {@code p[i]}, an element of a native list, a variable whose address
     * is taken, or a field path inside one.
     */
    public static boolean isMemoryPlace(TExpr e) {
        return e instanceof TExpr.Deref || (e instanceof TExpr.ListElement le && ((ListType) le.list().type()).isNative())
                        || (e instanceof TExpr.ReadLocal r && r.local().addressSlot != null)
                        || (e instanceof TExpr.FieldRead fr && isMemoryPlace(fr.object()));
    }

    /** An element of a list held in a Java array, or a field path inside one (a struct instance, changed in place). */
    public static boolean isObjectElementPlace(TExpr e) {
        return (e instanceof TExpr.ListElement le && !((ListType) le.list().type()).isNative())
                        || (e instanceof TExpr.FieldRead fr && isObjectElementPlace(fr.object()));
    }
}
