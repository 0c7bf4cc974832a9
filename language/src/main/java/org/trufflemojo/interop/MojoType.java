package org.trufflemojo.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.trufflemojo.MojoLanguage;

/**
 * A Mojo type as a meta object ({@code Int}, {@code List[String]}, a struct's name): what
 * {@code getMetaObject} gives for Mojo values, so tools and other languages can name their types.
 */
@ExportLibrary(InteropLibrary.class)
public final class MojoType implements TruffleObject {
    private final String name;

    public MojoType(String name) {
        this.name = name;
    }

    /** The Mojo type of a value that crossed the border, or null if it is not a Mojo value. */
    @TruffleBoundary
    static String typeNameOf(Object value) {
        if (value instanceof MojoValue v) {
            return v.typeName();
        }
        if (value instanceof org.trufflemojo.runtime.StructObject s) {
            return s.layout.name;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return "Int";
        }
        if (value instanceof Double || value instanceof Float) {
            return "Float64";
        }
        if (value instanceof Boolean) {
            return "Bool";
        }
        if (value instanceof String || value instanceof Character || value instanceof com.oracle.truffle.api.strings.TruffleString) {
            return "String";
        }
        if (value instanceof org.trufflemojo.nodes.builtin.MojoNone) {
            return "NoneType";
        }
        if (value instanceof MojoFunction f) {
            return f.typeName();
        }
        return null;
    }

    @ExportMessage
    boolean isMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaQualifiedName() {
        return name;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaSimpleName() {
        int bracket = name.indexOf('[');
        return bracket < 0 ? name : name.substring(0, bracket);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMetaInstance(Object instance) {
        return name.equals(typeNameOf(instance));
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return MojoLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MojoType t && t.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
