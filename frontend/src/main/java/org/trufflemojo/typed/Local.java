package org.trufflemojo.typed;

import org.trufflemojo.typed.types.Type;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Stmt.Convention;

/**
 * A local variable or parameter of one function. Each declaration (also each shadowing one)
 * is its own Local with its own frame slot.
 */
public final class Local {
    public final String name;
    public final Type type;
    public final SourcePos declaredAt;
    /** The argument convention for parameters, null for plain locals. */
    public final Convention convention;
    /** Index into the function's argument array, or -1 for plain locals. */
    public final int argumentIndex;
    public final int slot;
    /** Declared with {@code var} (or a parameter with a mutable convention): assignments allowed. */
    public final boolean mutable;
    /**
     * Set when the program takes this variable's address ({@code UnsafePointer(to=x)}): the value
     * then lives in native memory for the whole call, and this hidden local holds its address.
     */
    public Local addressSlot;
    /**
     * For the hidden local of a {@code ref r = f()} binding: the variable the reference points into
     * (f's receiver), which each use of r also uses, so that it outlives the reference. Else null.
     */
    public Local referenceOwner;

    public Local(String name, Type type, SourcePos declaredAt, Convention convention, int argumentIndex, int slot, boolean mutable) {
        this.name = name;
        this.type = type;
        this.declaredAt = declaredAt;
        this.convention = convention;
        this.argumentIndex = argumentIndex;
        this.slot = slot;
        this.mutable = mutable;
    }

    public boolean isParameter() {
        return argumentIndex >= 0;
    }

    @Override
    public String toString() {
        return name + "#" + slot;
    }
}
