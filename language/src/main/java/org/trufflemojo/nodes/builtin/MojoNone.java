package org.trufflemojo.nodes.builtin;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Mojo's {@code None} as seen from other languages. */
@ExportLibrary(InteropLibrary.class)
public final class MojoNone implements TruffleObject {
    public static final MojoNone INSTANCE = new MojoNone();

    private MojoNone() {
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "None";
    }
}
