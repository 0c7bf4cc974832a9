package org.trufflemojo.runtime;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.trufflemojo.MojoLanguage;

/**
 * A run-time thing tools show but cannot look into: a Mojo object that displays as a fixed text
 * (a block of native memory to a memory profiler, a value with no interop form yet to an instrument).
 */
@ExportLibrary(InteropLibrary.class)
public final class ShownAs implements TruffleObject {
    private final String text;

    public ShownAs(String text) {
        this.text = text;
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
        return text;
    }
}
