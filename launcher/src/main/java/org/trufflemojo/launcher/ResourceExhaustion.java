package org.trufflemojo.launcher;

import org.graalvm.polyglot.PolyglotException;

/**
 * What mojo says when the engine reports a resource exhausted outside the program's own calls (a
 * stack overflow inside a call is already a Mojo error with its call chain, made by the language):
 * one plain error line instead of the engine's "Resource exhausted: ...".
 */
final class ResourceExhaustion {
    private ResourceExhaustion() {
    }

    static String describe(PolyglotException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("Stack overflow")) {
            return "mojo: error: stack overflow: calls or structures nested too deeply";
        }
        if (message.contains("memory") || message.contains("heap")) {
            return "mojo: error: out of memory: the program needs more than the Java heap holds (give more with MOJO_JAVA_OPTS=-Xmx8g, say)";
        }
        return "mojo: error: " + message;
    }
}
