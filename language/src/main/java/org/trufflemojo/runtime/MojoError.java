package org.trufflemojo.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.api.nodes.Node;

/** A run-time failure of a Mojo program (division by zero, index out of range, ...), reported with its location. */
public final class MojoError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    public MojoError(String message, Node location) {
        super(render(message, location), location);
    }

    /**
     * {@code file.mojo:L:C: error: message}, the source line and a caret, as for compile errors. A
     * failure inside the standard library (an {@code abort} in its Mojo code) is shown where the
     * program called into the library: the line the user wrote, not one of the library's.
     */
    @TruffleBoundary
    static String render(String message, Node location) {
        SourceSection s = location == null ? null : location.getEncapsulatingSourceSection();
        if (s != null && s.getSource().isInternal()) {
            SourceSection call = programCallSite();
            if (call != null) {
                s = call;
            }
        }
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

    /** The innermost call on the stack made from the program's own source (not the library's), or null. */
    private static SourceSection programCallSite() {
        return Truffle.getRuntime().iterateFrames(frame -> {
            Node call = frame.getCallNode();
            SourceSection section = call == null ? null : call.getEncapsulatingSourceSection();
            return section != null && section.isAvailable() && !section.getSource().isInternal() ? section : null;
        });
    }
}
