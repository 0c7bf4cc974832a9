package org.trufflemojo.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

/** {@code sys.exit(code)}: ends the program with an exit status. */
@ExportLibrary(InteropLibrary.class)
public final class MojoExit extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public MojoExit(int status, Node location) {
        super("exit " + status, location);
        this.status = status;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.EXIT;
    }

    @ExportMessage
    int getExceptionExitStatus() {
        return status;
    }
}
