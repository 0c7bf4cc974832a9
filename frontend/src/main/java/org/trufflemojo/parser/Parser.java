package org.trufflemojo.parser;

import static org.trufflemojo.parser.TokenKind.*;

import java.util.ArrayList;
import java.util.List;

import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Dialect;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;

/**
 * Recursive-descent parser from tokens to the immutable syntax tree. The root of the parser: the
 * statement, expression and type parsers share one {@link TokenCursor} and call each other.
 */
public final class Parser {
    private final TokenCursor cursor;
    private final StatementParser statements;
    private final ExpressionParser expressions;

    public Parser(List<Token> tokens, Diagnostics diagnostics) {
        cursor = new TokenCursor(tokens, diagnostics);
        statements = new StatementParser(cursor);
        expressions = new ExpressionParser(cursor);
        TypeParser types = new TypeParser(cursor);
        statements.wire(expressions, types);
        expressions.wire(statements, types);
        types.wire(expressions);
    }

    public static List<Stmt> parse(String text, Diagnostics diagnostics) {
        return parseFile(text, diagnostics).statements();
    }

    /** A parsed source file: its statements and the dialect it is written in. */
    public record ParsedFile(List<Stmt> statements, Dialect dialect) {
    }

    public static ParsedFile parseFile(String text, Diagnostics diagnostics) {
        return parseFile(text, diagnostics, null);
    }

    /**
     * Parses a file written in the given dialect, or (null) in the one its spellings show; a file
     * said to be 1.x gets a warning for each 25.x spelling 1.x deprecates.
     */
    public static ParsedFile parseFile(String text, Diagnostics diagnostics, Dialect dialect) {
        List<Token> tokens = new Lexer(text, diagnostics).tokenize();
        if (dialect == Dialect.MOJO_1) {
            Deprecations.warn(tokens, diagnostics);
        }
        List<Stmt> statements = new Parser(tokens, diagnostics).parseModule();
        return new ParsedFile(statements, dialect != null ? dialect : DialectDetector.detect(tokens));
    }

    /** The expression of a template string's replacement field: all of its tokens. */
    Expr field(SourcePos at) {
        while (cursor.at(NEWLINE) || cursor.at(INDENT)) {
            cursor.next();
        }
        Expr e = expressions.expression();
        while (cursor.at(NEWLINE) || cursor.at(DEDENT)) {
            cursor.next();
        }
        if (!cursor.at(EOF)) {
            throw cursor.error(at, "expected one expression in a template string's replacement field");
        }
        return e;
    }

    public List<Stmt> parseModule() {
        List<Stmt> result = new ArrayList<>();
        while (!cursor.at(EOF)) {
            if (cursor.accept(NEWLINE)) {
                continue;
            }
            try {
                result.add(statements.statement());
            } catch (CompileError e) {
                recoverToNextTopLevel();
            }
        }
        return result;
    }

    private void recoverToNextTopLevel() {
        // Skip to the next line that starts at column 1 so later declarations are still checked.
        while (!cursor.at(EOF)) {
            Token t = cursor.next();
            if (t.kind() == NEWLINE && cursor.peek().pos().column() == 1 && !cursor.at(INDENT) && !cursor.at(DEDENT)) {
                return;
            }
        }
    }
}
