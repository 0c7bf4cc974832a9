package org.trufflemojo.parser;

/** Kinds of tokens. Keywords are identifiers the parser recognises by text, so they can stay soft. */
public enum TokenKind {
    NAME, INT, FLOAT, STRING,
    /** A 1.x template string {@code t"...{expr}..."}: its text, with the replacement fields still in braces. */
    TEMPLATE_STRING,
    NEWLINE, INDENT, DEDENT, EOF,
    // punctuation and operators
    LPAREN("("), RPAREN(")"), LBRACKET("["), RBRACKET("]"), LBRACE("{"), RBRACE("}"),
    COMMA(","), COLON(":"), SEMICOLON(";"), DOT("."), ARROW("->"), AT("@"), ELLIPSIS("..."),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), DOUBLESLASH("//"), PERCENT("%"), DOUBLESTAR("**"),
    AMP("&"), PIPE("|"), CARET("^"), TILDE("~"), LSHIFT("<<"), RSHIFT(">>"),
    LT("<"), GT(">"), LE("<="), GE(">="), EQEQ("=="), NE("!="),
    ASSIGN("="), WALRUS(":="),
    PLUS_ASSIGN("+="), MINUS_ASSIGN("-="), STAR_ASSIGN("*="), SLASH_ASSIGN("/="), DOUBLESLASH_ASSIGN("//="),
    PERCENT_ASSIGN("%="), DOUBLESTAR_ASSIGN("**="), AMP_ASSIGN("&="), PIPE_ASSIGN("|="), CARET_ASSIGN("^="),
    LSHIFT_ASSIGN("<<="), RSHIFT_ASSIGN(">>="), AT_ASSIGN("@="), BANG("!");

    public final String text;

    TokenKind() {
        this.text = null;
    }

    TokenKind(String text) {
        this.text = text;
    }

    public String display() {
        return text != null ? "'" + text + "'" : name().toLowerCase();
    }
}
