package org.trufflemojo.parser;

import java.util.ArrayList;
import java.util.List;

import org.trufflemojo.core.LiteralBytes;
import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.SourcePos;

/**
 * Turns Mojo source text into tokens, producing Python-style NEWLINE / INDENT / DEDENT tokens.
 * Newlines inside brackets and after a backslash are joined; comments are dropped.
 */
public final class Lexer {
    private final String src;
    private final Diagnostics diagnostics;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Integer> indentStack = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;
    private int bracketDepth;
    private boolean atLineStart = true;

    public Lexer(String src, Diagnostics diagnostics) {
        this.src = src;
        this.diagnostics = diagnostics;
        indentStack.add(0);
    }

    public List<Token> tokenize() {
        while (true) {
            if (atLineStart && bracketDepth == 0) {
                if (!handleIndentation()) {
                    break;
                }
            }
            boolean space = skipSpaces();
            if (pos >= src.length()) {
                break;
            }
            char c = src.charAt(pos);
            if (c == '#') {
                skipComment();
                continue;
            }
            if (c == '\n' || c == '\r') {
                consumeNewline();
                if (bracketDepth == 0) {
                    addNewlineToken();
                    atLineStart = true;
                }
                continue;
            }
            if (c == '\\' && pos + 1 < src.length() && (src.charAt(pos + 1) == '\n' || src.charAt(pos + 1) == '\r')) {
                pos++;
                consumeNewline();
                continue;
            }
            lexToken(space);
        }
        SourcePos end = here();
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() != TokenKind.NEWLINE) {
            tokens.add(new Token(TokenKind.NEWLINE, "", end, false));
        }
        while (indentStack.size() > 1) {
            indentStack.remove(indentStack.size() - 1);
            tokens.add(new Token(TokenKind.DEDENT, "", end, false));
        }
        tokens.add(new Token(TokenKind.EOF, "", end, false));
        return tokens;
    }

    private SourcePos here() {
        return new SourcePos(line, pos - lineStart + 1, pos);
    }

    private void addNewlineToken() {
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() != TokenKind.NEWLINE) {
            tokens.add(new Token(TokenKind.NEWLINE, "", here(), false));
        }
    }

    private void consumeNewline() {
        if (src.charAt(pos) == '\r' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    private boolean skipSpaces() {
        int start = pos;
        while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t' || src.charAt(pos) == '\f')) {
            pos++;
        }
        return pos > start;
    }

    private void skipComment() {
        while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
            pos++;
        }
    }

    /** Measures the indentation of a logical line; skips blank and comment-only lines. */
    private boolean handleIndentation() {
        while (true) {
            int width = 0;
            while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
                width += src.charAt(pos) == '\t' ? 8 - (width % 8) : 1;
                pos++;
            }
            if (pos >= src.length()) {
                return false;
            }
            char c = src.charAt(pos);
            if (c == '#') {
                skipComment();
                if (pos >= src.length()) {
                    return false;
                }
            }
            c = src.charAt(pos);
            if (c == '\n' || c == '\r') {
                consumeNewline();
                continue;
            }
            atLineStart = false;
            int current = indentStack.get(indentStack.size() - 1);
            if (width > current) {
                indentStack.add(width);
                tokens.add(new Token(TokenKind.INDENT, "", here(), false));
            } else {
                while (width < indentStack.get(indentStack.size() - 1)) {
                    indentStack.remove(indentStack.size() - 1);
                    tokens.add(new Token(TokenKind.DEDENT, "", here(), false));
                }
                if (width != indentStack.get(indentStack.size() - 1)) {
                    diagnostics.error(here(), "unindent does not match any outer indentation level");
                    throw new CompileError();
                }
            }
            return true;
        }
    }

    /** Whether two letters are a raw t-string's prefix: an r (either case) and a t, in either order. */
    private static boolean isRawTemplatePrefix(char a, char b) {
        return a == 't' && (b == 'r' || b == 'R') || b == 't' && (a == 'r' || a == 'R');
    }

    private void lexToken(boolean space) {
        SourcePos start = here();
        char c = src.charAt(pos);
        if (Character.isLetter(c) || c == '_' || Character.isSurrogate(c) || c > 127) {
            if ((c == 'r' || c == 'R') && pos + 1 < src.length() && (src.charAt(pos + 1) == '"' || src.charAt(pos + 1) == '\'')) {
                pos++;
                lexString(start, space, true);
                return;
            }
            if (pos + 2 < src.length() && isRawTemplatePrefix(c, src.charAt(pos + 1)) && (src.charAt(pos + 2) == '"' || src.charAt(pos + 2) == '\'')) {
                // rt"..." (or tr"..."): a t-string whose backslashes are kept as written
                pos += 2;
                lexString(start, space, true);
                Token text = tokens.remove(tokens.size() - 1);
                tokens.add(new Token(TokenKind.TEMPLATE_STRING, text.text(), start, space));
                return;
            }
            if (c == 't' && pos + 1 < src.length() && (src.charAt(pos + 1) == '"' || src.charAt(pos + 1) == '\'')) {
                pos++;
                lexString(start, space, false);
                Token text = tokens.remove(tokens.size() - 1);
                tokens.add(new Token(TokenKind.TEMPLATE_STRING, text.text(), start, space));
                return;
            }
            int s = pos;
            while (pos < src.length()) {
                char d = src.charAt(pos);
                if (Character.isLetterOrDigit(d) || d == '_' || (d > 127 && !Character.isWhitespace(d))) {
                    pos++;
                } else {
                    break;
                }
            }
            tokens.add(new Token(TokenKind.NAME, src.substring(s, pos), start, space));
            return;
        }
        if (c == '`') {
            int s = ++pos;
            while (pos < src.length() && src.charAt(pos) != '`' && src.charAt(pos) != '\n') {
                pos++;
            }
            String name = src.substring(s, pos);
            pos++;
            tokens.add(new Token(TokenKind.NAME, name, start, space));
            return;
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
            lexNumber(start, space);
            return;
        }
        if (c == '"' || c == '\'') {
            lexString(start, space, false);
            return;
        }
        TokenKind kind = operator();
        if (kind == null) {
            diagnostics.error(start, "unexpected character '" + c + "'");
            throw new CompileError();
        }
        pos += kind.text.length();
        switch (kind) {
            case LPAREN, LBRACKET, LBRACE -> bracketDepth++;
            case RPAREN, RBRACKET, RBRACE -> bracketDepth = Math.max(0, bracketDepth - 1);
            default -> {
            }
        }
        tokens.add(new Token(kind, kind.text, start, space));
    }

    private static final TokenKind[] OPERATORS;

    static {
        List<TokenKind> ops = new ArrayList<>();
        for (TokenKind k : TokenKind.values()) {
            if (k.text != null) {
                ops.add(k);
            }
        }
        // Longest match first.
        ops.sort((a, b) -> b.text.length() - a.text.length());
        OPERATORS = ops.toArray(new TokenKind[0]);
    }

    private TokenKind operator() {
        for (TokenKind k : OPERATORS) {
            if (src.startsWith(k.text, pos)) {
                return k;
            }
        }
        return null;
    }

    private void lexNumber(SourcePos start, boolean space) {
        int s = pos;
        boolean isFloat = false;
        if (src.charAt(pos) == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            pos += 2;
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
        } else {
            while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                pos++;
            }
            if (pos < src.length() && src.charAt(pos) == '.' && !(pos + 1 < src.length() && src.charAt(pos + 1) == '.')
                            && !(pos + 1 < src.length() && Character.isLetter(src.charAt(pos + 1)) && src.charAt(pos + 1) != 'e' && src.charAt(pos + 1) != 'E')) {
                isFloat = true;
                pos++;
                while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
            }
            if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
                int save = pos;
                pos++;
                if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    isFloat = true;
                    while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = save;
                }
            }
        }
        tokens.add(new Token(isFloat ? TokenKind.FLOAT : TokenKind.INT, src.substring(s, pos), start, space));
    }

    private void lexString(SourcePos start, boolean space, boolean raw) {
        char quote = src.charAt(pos);
        boolean triple = src.startsWith(String.valueOf(quote).repeat(3), pos);
        pos += triple ? 3 : 1;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                diagnostics.error(start, "unterminated string literal");
                throw new CompileError();
            }
            char c = src.charAt(pos);
            if (triple) {
                if (src.startsWith(String.valueOf(quote).repeat(3), pos)) {
                    pos += 3;
                    break;
                }
            } else if (c == quote) {
                pos++;
                break;
            } else if (c == '\n' || c == '\r') {
                diagnostics.error(start, "unterminated string literal");
                throw new CompileError();
            }
            if (c == '\n') {
                sb.append(c);
                pos++;
                line++;
                lineStart = pos;
                continue;
            }
            if (c == '\\' && !raw) {
                pos++;
                if (pos >= src.length()) {
                    continue;
                }
                char e = src.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case '0' -> sb.append('\0');
                    case 'a' -> sb.append('\u0007');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'v' -> sb.append('\u000B');
                    case '\\' -> sb.append('\\');
                    case '\'' -> sb.append('\'');
                    case '"' -> sb.append('"');
                    case '\n' -> {
                        line++;
                        lineStart = pos;
                    }
                    case 'x' -> sb.append(LiteralBytes.escapedByte(hexEscape(2, start))); // a byte, not a code point
                    case 'u' -> sb.appendCodePoint(hexEscape(4, start));
                    case 'U' -> sb.appendCodePoint(hexEscape(8, start));
                    default -> sb.append('\\').append(e);
                }
                continue;
            }
            sb.append(c);
            pos++;
        }
        tokens.add(new Token(TokenKind.STRING, sb.toString(), start, space));
    }

    private int hexEscape(int digits, SourcePos start) {
        if (pos + digits > src.length()) {
            diagnostics.error(start, "invalid escape sequence");
            throw new CompileError();
        }
        try {
            int v = Integer.parseInt(src.substring(pos, pos + digits), 16);
            pos += digits;
            return v;
        } catch (NumberFormatException e) {
            diagnostics.error(start, "invalid escape sequence");
            throw new CompileError();
        }
    }
}
