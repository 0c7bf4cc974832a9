package org.trufflemojo.parser;

import org.trufflemojo.source.SourcePos;

/**
 * A token. {@code text} is the source text for names and operators, and the decoded value for
 * string literals; {@code precededBySpace} lets the parser tell {@code x^} from {@code x ^ y}.
 */
public record Token(TokenKind kind, String text, SourcePos pos, boolean precededBySpace) {
    public boolean is(TokenKind k) {
        return kind == k;
    }

    public boolean isName(String name) {
        return kind == TokenKind.NAME && text.equals(name);
    }

    @Override
    public String toString() {
        return kind + "(" + text + ")@" + pos;
    }
}
