package org.trufflemojo.parser;

import static org.trufflemojo.parser.TokenKind.*;

import java.util.List;

import org.trufflemojo.source.Diagnostics;

/**
 * Under {@code --mojo-version=1}: a warning, with the 1.x spelling, for each 25.x spelling that
 * Mojo 1.x deprecates ({@code fn}, {@code alias}, {@code @parameter if/for}, {@code owned},
 * {@code __del__}). A 25.x program run by default stays quiet.
 */
final class Deprecations {
    private Deprecations() {
    }

    static void warn(List<Token> tokens, Diagnostics diagnostics) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            boolean statementStart = i == 0 || tokens.get(i - 1).is(NEWLINE) || tokens.get(i - 1).is(INDENT) || tokens.get(i - 1).is(DEDENT);
            if (t.is(NAME) && statementStart && next.is(NAME)) {
                switch (t.text()) {
                    case "fn" -> diagnostics.warning(t.pos(), "'fn' is deprecated in Mojo 1.x: use 'def' (with 'raises' if it raises)");
                    case "alias" -> diagnostics.warning(t.pos(), "'alias' is deprecated in Mojo 1.x: use 'comptime'");
                    default -> {
                    }
                }
            }
            if (t.is(AT) && next.isName("parameter") && i + 3 < tokens.size() && tokens.get(i + 2).is(NEWLINE)
                            && (tokens.get(i + 3).isName("if") || tokens.get(i + 3).isName("for"))) {
                String word = tokens.get(i + 3).text();
                diagnostics.warning(t.pos(), "'@parameter " + word + "' is deprecated in Mojo 1.x: use 'comptime " + word + "'");
            }
            if (t.isName("owned") && next.is(NAME) && i > 0 && (tokens.get(i - 1).is(LPAREN) || tokens.get(i - 1).is(COMMA))) {
                diagnostics.warning(t.pos(), "'owned' is deprecated in Mojo 1.x: use 'var'");
            }
            if (t.isName("__del__") && i > 0 && tokens.get(i - 1).isName("fn") || t.isName("__del__") && i > 0 && tokens.get(i - 1).isName("def")) {
                diagnostics.warning(t.pos(), "'__del__' is deprecated in Mojo 1.x: use '__deinit__(deinit self)'");
            }
        }
    }
}
