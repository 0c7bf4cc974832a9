package org.trufflemojo.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/** A run-time failure of a Mojo program (division by zero, index out of range, ...), reported with its location. */
public final class MojoError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    public MojoError(String message, Node location) {
        super(message, location);
    }
}
