package org.trufflemojo.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.api.nodes.Node;

/** A run-time failure of a Mojo program (division by zero, index out of range, ...), reported with its location. */
public final class MojoError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    public MojoError(String message, Node location) {
        super(render(message, location), location);
    }

    /** {@code file.mojo:L:C: error: message}, the source line and a caret, as for compile errors. */
    @TruffleBoundary
    private static String render(String message, Node location) {
        SourceSection s = location == null ? null : location.getEncapsulatingSourceSection();
        if (s == null || !s.isAvailable()) {
            return "error: " + message;
        }
        String name = s.getSource().getPath() != null ? s.getSource().getPath() : s.getSource().getName();
        String line = s.getSource().getCharacters(s.getStartLine()).toString();
        StringBuilder caret = new StringBuilder();
        for (int i = 1; i < s.getStartColumn() && i <= line.length(); i++) {
            caret.append(line.charAt(i - 1) == '\t' ? '\t' : ' ');
        }
        return name + ":" + s.getStartLine() + ":" + s.getStartColumn() + ": error: " + message + "\n" + line + "\n" + caret + "^";
    }
}
