package org.trufflemojo.parser;

import static org.trufflemojo.parser.TokenKind.*;

import java.util.List;

import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.SourcePos;

/** The parsers' shared position in the token list, with the helpers to look at, take and expect tokens and to report errors. */
final class TokenCursor {
    private final List<Token> tokens;
    private final Diagnostics diagnostics;
    private int index;
    /** Expressions and blocks open around the current token (see {@link #enter}). */
    private int nesting;

    /**
     * How deep expressions and blocks may nest: far beyond what people write, and well within what
     * the compiler's recursive passes (checking, ownership, building nodes) do on the stack given to it.
     */
    static final int MAX_NESTING = 1000;

    TokenCursor(List<Token> tokens, Diagnostics diagnostics) {
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    boolean at(TokenKind k) {
        return peek().kind() == k;
    }

    boolean atName(String name) {
        return peek().isName(name);
    }

    Token next() {
        Token t = tokens.get(index);
        if (index < tokens.size() - 1) {
            index++;
        }
        return t;
    }

    boolean accept(TokenKind k) {
        if (at(k)) {
            next();
            return true;
        }
        return false;
    }

    boolean acceptName(String name) {
        if (atName(name)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(TokenKind k, String what) {
        if (!at(k)) {
            throw error(peek().pos(), "expected " + what + ", found " + describe(peek()));
        }
        return next();
    }

    String expectName(String what) {
        return expect(NAME, what).text();
    }

    static String describe(Token t) {
        return switch (t.kind()) {
            case NAME -> "'" + t.text() + "'";
            case NEWLINE -> "end of line";
            case INDENT -> "indent";
            case DEDENT -> "dedent";
            case EOF -> "end of file";
            case INT, FLOAT -> "'" + t.text() + "'";
            case STRING -> "string literal";
            case TEMPLATE_STRING -> "template string";
            default -> t.kind().display();
        };
    }

    /** Opens one level of nesting (an expression, an operand, a block) at pos; a program nested too deeply is a compile error there. */
    void enter(SourcePos pos) {
        if (++nesting > MAX_NESTING) {
            nesting = 0; // (one error; the parse is abandoned with it)
            throw error(pos, "nesting too deep: more than " + MAX_NESTING + " levels of parentheses, brackets, operators or blocks");
        }
    }

    void leave() {
        nesting--;
    }

    CompileError error(SourcePos pos, String message) {
        diagnostics.error(pos, message);
        return new CompileError();
    }
}
