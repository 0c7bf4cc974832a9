package org.trufflemojo.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.trufflemojo.MojoLanguage;

/**
 * A value of no language of its own (a number, a boolean, a host string) as Mojo shows it: a
 * debugger or another language asking Mojo for its view sees {@code True}, {@code 1.0} and the
 * Mojo type names. Every other message goes to the value itself.
 */
@ExportLibrary(value = InteropLibrary.class, delegateTo = "delegate")
public final class MojoLanguageView implements TruffleObject {
    final Object delegate;

    public MojoLanguageView(Object delegate) {
        this.delegate = delegate;
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
    @TruffleBoundary
    boolean hasMetaObject() {
        return MojoType.typeNameOf(delegate) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaObject() throws UnsupportedMessageException {
        String name = MojoType.typeNameOf(delegate);
        if (name == null) {
            throw UnsupportedMessageException.create();
        }
        return new MojoType(name);
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return Display.text(delegate);
    }
}
