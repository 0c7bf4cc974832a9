package org.trufflemojo.typed.types;

import org.trufflemojo.core.Repr;

/**
 * A static Mojo type. Every expression of the typed tree has one. {@link #repr()} says how values
 * of the type are held at run time, which the node builder uses to pick frame slot kinds and nodes.
 */
public abstract class Type {
    public abstract String name();

    public abstract Repr repr();

    /** Types whose copies are plain bit copies and that need no destruction (Int, Float64, Bool, ...). */
    public boolean isTrivial() {
        return repr() != Repr.OBJECT;
    }

    public boolean isCopyable() {
        return true;
    }

    public boolean isMovable() {
        return true;
    }

    /**
     * Whether destroying a value of this type does anything (runs a {@code __del__} somewhere
     * inside it, or frees memory). Values of other types need no destroy nodes.
     */
    public boolean needsDestroy() {
        return false;
    }

    @Override
    public String toString() {
        return name();
    }
}
