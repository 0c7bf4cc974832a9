package org.trufflemojo.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import org.trufflemojo.core.FloatFormat;

/** The text of a value in its border form, as Mojo's {@code print} shows it. */
final class Display {
    private Display() {
    }

    @TruffleBoundary
    static String text(Object value) {
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double d) {
            return FloatFormat.format(d);
        }
        if (value instanceof Long || value instanceof String) {
            return value.toString();
        }
        if (value instanceof MojoValue v) {
            return v.text();
        }
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            return interop.asString(interop.toDisplayString(value, false));
        } catch (UnsupportedMessageException e) {
            return String.valueOf(value);
        }
    }
}
