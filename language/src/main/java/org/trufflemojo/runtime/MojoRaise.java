package org.trufflemojo.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

import java.util.function.Consumer;

/**
 * A Mojo error in flight, from {@code raise} to the nearest {@code except} (or out of the program):
 * an {@code Error}, or the value of a 1.x typed error ({@code raises E}) with its text, which is what
 * it becomes where it is caught or passed on as an {@code Error}.
 */
public final class MojoRaise extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    private final String error;
    private transient Object payload;
    /** Destroys a typed error's value where it becomes an Error; null for an Error. */
    private final transient Consumer<Object> destroyer;
    /**
     * Whether a landing pad of the function it is passing through ran its destroys: the innermost pad
     * of a raising expression is the one whose destroys fit (an enclosing call's pad, met next, plans
     * for its own call raising, and would destroy the same values again).
     */
    private transient boolean landed;

    public MojoRaise(String error, Node location) {
        this(error, error, null, location);
    }

    public MojoRaise(String error, Object payload, Consumer<Object> destroyer, Node location) {
        super(error, location);
        this.error = error;
        this.payload = payload;
        this.destroyer = destroyer;
    }

    /** The error caught as an {@code Error}: its text; a typed error's value is destroyed, as nothing holds it any more. */
    public String toError() {
        if (destroyer != null && payload != null) {
            destroyPayload();
        }
        return error;
    }

    @TruffleBoundary
    private void destroyPayload() {
        Object value = payload;
        payload = null;
        destroyer.accept(value);
    }

    /** Whether this is the first landing pad of the current function the error meets (and it now has). */
    public boolean land() {
        boolean first = !landed;
        landed = true;
        return first;
    }

    /** The error leaves a function (or is caught): the pads of the next one run their destroys. */
    public void leaveFunction() {
        landed = false;
    }

    /** The raised value: a typed error's value, or an Error's message. */
    public Object payload() {
        return payload;
    }

    /** The raised Error's message (the run-time value of an {@code Error}). */
    public String error() {
        return error;
    }
}
