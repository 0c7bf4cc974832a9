package org.trufflemojo.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Thrown by {@code continue}, caught by the innermost loop body. */
public final class ContinueException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final ContinueException INSTANCE = new ContinueException();
}
