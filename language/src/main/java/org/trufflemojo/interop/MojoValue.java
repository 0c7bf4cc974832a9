package org.trufflemojo.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.trufflemojo.MojoLanguage;

/**
 * A Mojo value in its border form that other languages see as an object (a list, a dict, a tuple,
 * a SIMD vector, a sized number): the language view every such value shares, its Mojo type as meta
 * object and its text as Mojo's print shows it. Subclasses export what their kind of value does.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class MojoValue implements TruffleObject {
    /** How this value crosses the border (its Mojo type). */
    final Border border;

    MojoValue(Border border) {
        this.border = border;
    }

    String typeName() {
        return border.typeName();
    }

    /** The value as Mojo's print shows it. */
    abstract String text();

    @ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    final Class<? extends TruffleLanguage<?>> getLanguage() {
        return MojoLanguage.class;
    }

    @ExportMessage
    final boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    final Object getMetaObject() {
        return new MojoType(typeName());
    }

    @ExportMessage
    @TruffleBoundary
    final Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return text();
    }
}
