package org.trufflemojo.check;

import java.util.List;

import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;

/**
 * A declaration marked {@code @deprecated("message")} or {@code @deprecated(use=other)}: every use
 * of it is warned about, as Mojo does, with a note pointing at the declaration.
 */
record Deprecation(String name, SourcePos declaredAt, String message) {

    /** The deprecation among a declaration's decorators, or null if it has none. */
    static Deprecation of(String name, SourcePos declaredAt, List<Stmt.Decorator> decorators) {
        for (Stmt.Decorator d : decorators) {
            if (!d.name().equals("deprecated")) {
                continue;
            }
            for (Expr.Arg a : d.args()) {
                if (a.keyword() == null && a.value() instanceof Expr.StrLit text) {
                    return new Deprecation(name, declaredAt, text.value());
                }
                if ("use".equals(a.keyword())) {
                    return new Deprecation(name, declaredAt, "'" + name + "' is deprecated, use '" + Signatures.typeText(a.value()) + "' instead");
                }
            }
            return new Deprecation(name, declaredAt, "'" + name + "' is deprecated");
        }
        return null;
    }

    /** Warns about a use (once per place, however often the checker looks at it). */
    void warn(Diagnostics diagnostics, SourcePos usedAt) {
        if (diagnostics.warnOnce(usedAt, message)) {
            diagnostics.note(declaredAt, "'" + name + "' declared here");
        }
    }
}
