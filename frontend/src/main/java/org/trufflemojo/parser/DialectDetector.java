package org.trufflemojo.parser;

import static org.trufflemojo.parser.TokenKind.*;

import java.util.List;

import org.trufflemojo.syntax.Dialect;

/**
 * Tells a Mojo 1.x program from a 25.x one by the spellings only 1.x has: {@code comptime},
 * imports from {@code std.}, typed {@code raises E}, {@code __deinit__}, the {@code imm}
 * convention, {@code lambda} and {@code thin} function types, template strings.
 */
final class DialectDetector {
    private DialectDetector() {
    }

    static Dialect detect(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == TEMPLATE_STRING) {
                return Dialect.MOJO_1;
            }
            if (t.kind() != NAME) {
                continue;
            }
            Token previous = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : t;
            Token after = i + 2 < tokens.size() ? tokens.get(i + 2) : t;
            boolean statementStart = previous == null || previous.is(NEWLINE) || previous.is(INDENT) || previous.is(DEDENT);
            // (the words are soft keywords: a 25.x program may name a variable `thin` or `lambda`)
            boolean mojo1 = t.text().equals("comptime") && statementStart && next.is(NAME)
                            || t.text().equals("__deinit__")
                            || t.text().equals("lambda") && (next.is(LPAREN) || next.is(LBRACKET))
                            || t.text().equals("thin") && previous != null && (previous.is(RPAREN) || previous.isName("raises"))
                            || (t.text().equals("from") || t.text().equals("import")) && next.isName("std") && after.is(DOT)
                            || t.text().equals("imm") && next.is(NAME)
                            || t.text().equals("raises") && next.is(NAME) && !next.isName("capturing") && !next.isName("escaping")
                                            && !next.isName("thin");
            if (mojo1) {
                return Dialect.MOJO_1;
            }
        }
        return Dialect.MOJO_25;
    }
}
