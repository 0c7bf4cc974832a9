package org.trufflemojo.source;

/** Thrown by a compiler stage to abandon the current construct; the message is already recorded. */
public final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CompileError() {
        super(null, null, false, false);
    }
}
