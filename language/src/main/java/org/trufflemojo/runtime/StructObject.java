package org.trufflemojo.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * An instance of a Mojo struct. Its fields are generated per struct type by the Truffle Static
 * Object Model (typed Java fields, so an Int field is a plain {@code long}); compiled code reads
 * and writes them directly, and Graal's escape analysis can keep short-lived instances in registers.
 */
public class StructObject implements TruffleObject {
    public final StructLayout layout;

    public StructObject(StructLayout layout) {
        this.layout = layout;
    }

    /** The factory interface the static shape implements. */
    public interface Factory {
        StructObject create(StructLayout layout);
    }

    @Override
    public String toString() {
        return layout.name;
    }
}
