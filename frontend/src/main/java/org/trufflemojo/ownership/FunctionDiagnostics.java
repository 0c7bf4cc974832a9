package org.trufflemojo.ownership;

import java.util.HashSet;
import java.util.Set;

import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.SourcePos;

/**
 * The errors the ownership check finds in one function. The forward analysis runs several times
 * before it settles; only its last pass reports, and each message is reported once.
 */
final class FunctionDiagnostics {
    private final Diagnostics diagnostics;
    private final Set<String> reported = new HashSet<>();
    private boolean reporting;

    FunctionDiagnostics(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** True in the final pass, the one that reports errors and records the plan. */
    boolean reporting() {
        return reporting;
    }

    void startReporting() {
        reporting = true;
    }

    void error(SourcePos pos, String message) {
        if (reporting && reported.add(pos + message)) {
            diagnostics.error(pos, message);
        }
    }
}
