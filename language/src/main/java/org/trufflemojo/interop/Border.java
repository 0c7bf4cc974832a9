package org.trufflemojo.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.nodes.Node;

/**
 * How values of one Mojo type cross the border to other languages and back. Made by the node
 * builder from the static type, because at run time many Mojo values carry no type of their own (a
 * List is a header over native memory, a Tuple an {@code Object[]}, an Int8 a {@code long}).
 *
 * <p>A value crosses in three steps. {@link #export} copies a Mojo value into its border form: what
 * other languages see (numbers, host strings, and the {@link MojoList}/{@link MojoDict}/
 * {@link MojoArray} objects, which live on the Java heap and so need no one to free them).
 * {@link #normalize} turns any interop value into the border form of this type, or refuses it.
 * {@link #materialize} makes a new Mojo value from a border form, owned by whoever receives it.
 */
public abstract class Border extends Node {
    /** Thrown when a foreign value cannot become a value of this type; names what it got. */
    public static final class Mismatch extends Exception {
        private static final long serialVersionUID = 1L;
        final String got;

        Mismatch(String got) {
            super(null, null, false, false);
            this.got = got;
        }
    }

    private final String typeName;

    protected Border(String typeName) {
        this.typeName = typeName;
    }

    /** The Mojo type's name, as error messages and meta objects show it. */
    public final String typeName() {
        return typeName;
    }

    /** The border form of a Mojo value of this type (a copy: the Mojo value is not consumed). */
    public abstract Object export(Object mojo);

    /** The border form of a foreign (or border) value, or a {@link Mismatch}. */
    public abstract Object normalize(Object foreign) throws Mismatch;

    /** A new Mojo value from a border form of this type, owned by the receiver. */
    public abstract Object materialize(Object border);

    /**
     * A new Mojo value for an argument the callee takes over ({@code var}): the same as
     * {@link #materialize} but for values that stay shared with their foreign owner (structs).
     */
    public Object materializeOwned(Object border) {
        return materialize(border);
    }

    /**
     * After a call that changed a {@code mut} argument, makes the border value it came from (if it
     * is one the caller holds, such as a {@link MojoList}) show the callee's final value.
     */
    public void writeBack(Object border, Object finalMojo) {
    }

    /**
     * Whether the border form holds the Mojo value itself (a handle) rather than a copy of its
     * contents: then an exported value is kept, not destroyed after the call, and a value
     * materialized for a {@code read} or {@code mut} parameter is only lent to the call.
     */
    public boolean holdsValues() {
        return false;
    }

    /** Whether values of this type can cross at all (some types are not supported yet). */
    public boolean isSupported() {
        return true;
    }

    /** How the value shows inside a container, as Mojo prints it there (a String quoted). */
    @TruffleBoundary
    static String elementText(Object border) {
        if (border instanceof String s) {
            return "'" + s + "'";
        }
        return Display.text(border);
    }

    Mismatch mismatch(Object foreign) {
        return new Mismatch(describe(foreign));
    }

    /** The Mojo name of a foreign value's type, or the closest description (for error messages). */
    @TruffleBoundary
    static String describe(Object value) {
        String mojoType = MojoType.typeNameOf(value);
        if (mojoType != null) {
            return mojoType;
        }
        InteropLibrary interop = InteropLibrary.getUncached(value);
        if (interop.isNull(value)) {
            return "None";
        }
        if (interop.isBoolean(value)) {
            return "Bool";
        }
        if (interop.isString(value)) {
            return "String";
        }
        if (interop.fitsInLong(value)) {
            return "Int";
        }
        if (interop.fitsInBigInteger(value)) {
            return "an integer out of range";
        }
        if (interop.isNumber(value)) {
            return interop.fitsInDouble(value) ? "Float64" : "a number out of range";
        }
        if (interop.hasArrayElements(value)) {
            return "an array";
        }
        if (interop.hasHashEntries(value)) {
            return "a hash map";
        }
        if (interop.isExecutable(value)) {
            return "a function";
        }
        try {
            if (interop.hasMetaObject(value)) {
                return InteropLibrary.getUncached().asString(InteropLibrary.getUncached().getMetaSimpleName(interop.getMetaObject(value)));
            }
            return InteropLibrary.getUncached().asString(interop.toDisplayString(value, false));
        } catch (UnsupportedMessageException e) {
            return "a value of another language";
        }
    }
}
