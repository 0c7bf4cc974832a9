package org.trufflemojo.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/** A Mojo {@code Error} in flight, from {@code raise} to the nearest {@code except} (or out of the program). */
public final class MojoRaise extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    private final String error;

    public MojoRaise(String error, Node location) {
        super(error, location);
        this.error = error;
    }

    /** The raised Error's message (the run-time value of an {@code Error}). */
    public String error() {
        return error;
    }
}
