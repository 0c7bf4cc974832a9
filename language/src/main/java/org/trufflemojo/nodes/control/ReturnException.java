package org.trufflemojo.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Thrown by {@code return}, caught by the function body. */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public ReturnException(Object value) {
        this.value = value;
    }

    public Object value() {
        return value;
    }
}
