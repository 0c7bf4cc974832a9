package org.trufflemojo.source;

/** One compile-time message: an error, a warning, or a note attached to the error before it. */
public record Diagnostic(Severity severity, SourcePos pos, String message) {
    public enum Severity {
        ERROR("error"), WARNING("warning"), NOTE("note");

        public final String label;

        Severity(String label) {
            this.label = label;
        }
    }
}
