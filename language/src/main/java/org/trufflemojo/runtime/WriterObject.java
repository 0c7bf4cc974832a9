package org.trufflemojo.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code Writer} a {@code write_to} method writes into: a growing text buffer. */
public final class WriterObject {
    private final StringBuilder text = new StringBuilder();

    @TruffleBoundary
    public void write(String s) {
        text.append(s);
    }

    @TruffleBoundary
    public String text() {
        return text.toString();
    }
}
