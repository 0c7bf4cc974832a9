package org.trufflemojo.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The program was rejected before running. The message holds every diagnostic, rendered
 * ({@code file.mojo:L:C: error: ...}, source line, caret); it is a syntax error to the polyglot API.
 */
@ExportLibrary(InteropLibrary.class)
public final class MojoCompileException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    private final transient Source source;

    public MojoCompileException(String renderedDiagnostics, Source source) {
        super(renderedDiagnostics);
        this.source = source;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.PARSE_ERROR;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return source != null;
    }

    @ExportMessage(name = "getSourceLocation")
    SourceSection sourceLocation() {
        return source.createUnavailableSection();
    }
}
