package org.trufflemojo.parser;

import static org.trufflemojo.parser.TokenKind.*;

import java.util.ArrayList;
import java.util.List;

import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Expr.Arg;
import org.trufflemojo.syntax.Stmt;

/** Parses expressions by precedence climbing, from conditional expressions down to primaries, calls and subscripts. */
final class ExpressionParser {
    private final TokenCursor cursor;
    private StatementParser statements;
    private TypeParser types;

    ExpressionParser(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /** Connects the parsers; they call each other, so they are connected once all exist. */
    void wire(StatementParser statements, TypeParser types) {
        this.statements = statements;
        this.types = types;
    }

    /** An expression, or a tuple of them separated by commas. */
    Expr exprList() {
        SourcePos pos = cursor.peek().pos();
        Expr first = expression();
        if (!cursor.at(COMMA)) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (cursor.accept(COMMA)) {
            if (statements.atEndOfSimple() || cursor.at(ASSIGN) || cursor.at(COLON) || cursor.at(RPAREN)) {
                break;
            }
            items.add(expression());
        }
        return new Expr.TupleLit(pos, items);
    }

    /** An expression, or an assignment expression {@code name := value}. */
    Expr namedExpression() {
        if (cursor.at(NAME) && cursor.peek(1).is(WALRUS)) {
            Token name = cursor.next();
            cursor.next();
            return new Expr.Walrus(name.pos(), name.text(), expression());
        }
        return expression();
    }

    public Expr expression() {
        cursor.enter(cursor.peek().pos());
        try {
            return conditional();
        } finally {
            cursor.leave();
        }
    }

    private Expr conditional() {
        Expr e = orExpr();
        if (cursor.atName("if")) {
            SourcePos pos = cursor.next().pos();
            Expr cond = orExpr();
            if (!cursor.acceptName("else")) {
                throw cursor.error(cursor.peek().pos(), "expected 'else' in conditional expression");
            }
            Expr otherwise = expression();
            return new Expr.Conditional(pos, cond, e, otherwise);
        }
        return e;
    }

    /**
     * The {@code for targets in iterable} and {@code if condition} clauses of a comprehension, as
     * the loops and ifs they mean: each clause is the only statement of the one before it.
     */
    private List<Stmt> comprehensionClauses() {
        List<Stmt> clauses = new ArrayList<>();
        while (cursor.atName("for") || (!clauses.isEmpty() && cursor.atName("if"))) {
            boolean filter = cursor.atName("if");
            SourcePos pos = cursor.next().pos();
            if (filter) {
                clauses.add(new Stmt.If(pos, orExpr(), List.of(), List.of(), false));
                continue;
            }
            List<String> targets = loopTargets("comprehension");
            clauses.add(new Stmt.For(pos, targets, false, orExpr(), List.of(), List.of(), false));
        }
        return clauses;
    }

    /** The variables of a {@code for} loop or clause ({@code x}, {@code k, v}, {@code (k, v)}) and the {@code in} after them. */
    List<String> loopTargets(String what) {
        List<String> targets = new ArrayList<>();
        boolean paren = cursor.accept(LPAREN);
        targets.add(cursor.expectName("a loop variable"));
        while (cursor.accept(COMMA)) {
            targets.add(cursor.expectName("a loop variable"));
        }
        if (paren) {
            cursor.expect(RPAREN, "')'");
        }
        if (!cursor.acceptName("in")) {
            throw cursor.error(cursor.peek().pos(), "expected 'in' in " + what);
        }
        return targets;
    }

    private Expr orExpr() {
        Expr e = andExpr();
        while (cursor.atName("or")) {
            SourcePos pos = cursor.next().pos();
            e = new Expr.Logical(pos, false, e, andExpr());
        }
        return e;
    }

    private Expr andExpr() {
        Expr e = notExpr();
        while (cursor.atName("and")) {
            SourcePos pos = cursor.next().pos();
            e = new Expr.Logical(pos, true, e, notExpr());
        }
        return e;
    }

    private Expr notExpr() {
        if (cursor.atName("not")) {
            SourcePos pos = cursor.next().pos();
            cursor.enter(pos);
            try {
                return new Expr.Not(pos, notExpr());
            } finally {
                cursor.leave();
            }
        }
        return comparison();
    }

    private Expr comparison() {
        Expr first = bitOr();
        List<Expr> operands = null;
        List<Expr.CompareOp> ops = null;
        SourcePos pos = null;
        while (true) {
            Expr.CompareOp op = compareOp();
            if (op == null) {
                break;
            }
            if (operands == null) {
                operands = new ArrayList<>();
                ops = new ArrayList<>();
                operands.add(first);
                pos = cursor.peek().pos();
            }
            if (op == Expr.CompareOp.NOT_IN || op == Expr.CompareOp.IS_NOT) {
                cursor.next();
            }
            cursor.next();
            ops.add(op);
            operands.add(bitOr());
        }
        return operands == null ? first : new Expr.Compare(pos, operands, ops);
    }

    private Expr.CompareOp compareOp() {
        Token t = cursor.peek();
        switch (t.kind()) {
            case LT:
                return Expr.CompareOp.LT;
            case LE:
                return Expr.CompareOp.LE;
            case GT:
                return Expr.CompareOp.GT;
            case GE:
                return Expr.CompareOp.GE;
            case EQEQ:
                return Expr.CompareOp.EQ;
            case NE:
                return Expr.CompareOp.NE;
            case NAME:
                if (t.text().equals("in")) {
                    return Expr.CompareOp.IN;
                }
                if (t.text().equals("not") && cursor.peek(1).isName("in")) {
                    return Expr.CompareOp.NOT_IN;
                }
                if (t.text().equals("is")) {
                    return cursor.peek(1).isName("not") ? Expr.CompareOp.IS_NOT : Expr.CompareOp.IS;
                }
                return null;
            default:
                return null;
        }
    }

    private Expr bitOr() {
        Expr e = bitXor();
        while (cursor.at(PIPE)) {
            SourcePos pos = cursor.next().pos();
            e = new Expr.Binary(pos, Expr.BinOp.OR, e, bitXor());
        }
        return e;
    }

    private Expr bitXor() {
        Expr e = bitAnd();
        while (cursor.at(CARET)) {
            SourcePos pos = cursor.next().pos();
            e = new Expr.Binary(pos, Expr.BinOp.XOR, e, bitAnd());
        }
        return e;
    }

    private Expr bitAnd() {
        Expr e = shift();
        while (cursor.at(AMP)) {
            SourcePos pos = cursor.next().pos();
            e = new Expr.Binary(pos, Expr.BinOp.AND, e, shift());
        }
        return e;
    }

    private Expr shift() {
        Expr e = additive();
        while (cursor.at(LSHIFT) || cursor.at(RSHIFT)) {
            Token t = cursor.next();
            e = new Expr.Binary(t.pos(), t.is(LSHIFT) ? Expr.BinOp.LSHIFT : Expr.BinOp.RSHIFT, e, additive());
        }
        return e;
    }

    private Expr additive() {
        Expr e = term();
        while (cursor.at(PLUS) || cursor.at(MINUS)) {
            Token t = cursor.next();
            e = new Expr.Binary(t.pos(), t.is(PLUS) ? Expr.BinOp.ADD : Expr.BinOp.SUB, e, term());
        }
        return e;
    }

    private Expr term() {
        Expr e = unary();
        while (true) {
            Expr.BinOp op = switch (cursor.peek().kind()) {
                case STAR -> Expr.BinOp.MUL;
                case SLASH -> Expr.BinOp.DIV;
                case DOUBLESLASH -> Expr.BinOp.FLOORDIV;
                case PERCENT -> Expr.BinOp.MOD;
                case AT -> Expr.BinOp.MATMUL;
                default -> null;
            };
            if (op == null) {
                return e;
            }
            SourcePos pos = cursor.next().pos();
            e = new Expr.Binary(pos, op, e, unary());
        }
    }

    private Expr unary() {
        Token t = cursor.peek();
        if (t.is(MINUS) || t.is(PLUS) || t.is(TILDE)) {
            cursor.next();
            Expr operand;
            cursor.enter(t.pos());
            try {
                operand = unary();
            } finally {
                cursor.leave();
            }
            Expr.UnaryOp op = t.is(MINUS) ? Expr.UnaryOp.NEG : t.is(PLUS) ? Expr.UnaryOp.POS : Expr.UnaryOp.INVERT;
            return new Expr.Unary(t.pos(), op, operand);
        }
        return power();
    }

    private Expr power() {
        Expr base = postfix();
        if (cursor.at(DOUBLESTAR)) {
            SourcePos pos = cursor.next().pos();
            return new Expr.Binary(pos, Expr.BinOp.POW, base, unary());
        }
        return base;
    }

    private Expr postfix() {
        Expr e = primary();
        while (true) {
            Token t = cursor.peek();
            if (t.is(LPAREN) ) {
                cursor.next();
                e = new Expr.Call(t.pos(), e, arguments(RPAREN));
            } else if (t.is(LBRACKET)) {
                cursor.next();
                e = new Expr.Index(t.pos(), e, subscripts());
            } else if (t.is(DOT)) {
                cursor.next();
                Token name = cursor.expect(NAME, "an attribute name");
                e = new Expr.Attribute(name.pos(), e, name.text());
            } else if (t.is(CARET) && isTransfer()) {
                cursor.next();
                e = new Expr.Transfer(t.pos(), e);
            } else if (t.is(BANG)) {
                // Mojo's `T!` never appears in value position; leave it to the caller.
                return e;
            } else {
                return e;
            }
        }
    }

    /** {@code x^} is a transfer when the token after {@code ^} cannot start an operand. */
    private boolean isTransfer() {
        Token after = cursor.peek(1);
        return switch (after.kind()) {
            case RPAREN, RBRACKET, RBRACE, COMMA, NEWLINE, COLON, SEMICOLON, EOF, DEDENT, DOT, ASSIGN -> true;
            case NAME -> after.text().equals("if") || after.text().equals("else") || after.text().equals("for");
            default -> false;
        };
    }

    private List<Arg> subscripts() {
        List<Arg> result = new ArrayList<>();
        while (!cursor.at(RBRACKET)) {
            SourcePos pos = cursor.peek().pos();
            String keyword = null;
            if (cursor.at(NAME) && cursor.peek(1).is(ASSIGN)) {
                keyword = cursor.next().text();
                cursor.next();
            }
            result.add(new Arg(pos, keyword, sliceOrExpr(), false));
            if (!cursor.accept(COMMA)) {
                break;
            }
        }
        cursor.expect(RBRACKET, "']'");
        return result;
    }

    private Expr sliceOrExpr() {
        SourcePos pos = cursor.peek().pos();
        Expr lower = null;
        if (!cursor.at(COLON)) {
            lower = cursor.at(STAR) || cursor.at(DOUBLESTAR) ? types.unaryStarType() : expression();
            if (!cursor.at(COLON)) {
                return lower;
            }
        }
        cursor.next(); // ':'
        Expr upper = cursor.at(COLON) || cursor.at(RBRACKET) || cursor.at(COMMA) ? null : expression();
        Expr step = null;
        if (cursor.accept(COLON)) {
            step = cursor.at(RBRACKET) || cursor.at(COMMA) ? null : expression();
        }
        return new Expr.Slice(pos, lower, upper, step);
    }

    /**
     * {@code t"Hi {name}!"}: the literal text and the expressions of the replacement fields
     * ({@code {{} and {@code }}} stand for braces). Each field is parsed on its own.
     */
    private Expr templateString(Token t) {
        String text = t.text();
        List<Expr> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                literal.append(c);
                i += 2;
                continue;
            }
            if (c == '}') {
                throw cursor.error(t.pos(), "single '}' in a template string: write '}}'");
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int close = text.indexOf('}', i);
            if (close < 0) {
                throw cursor.error(t.pos(), "unclosed '{' in a template string");
            }
            if (!literal.isEmpty()) {
                parts.add(new Expr.StrLit(t.pos(), literal.toString()));
                literal.setLength(0);
            }
            parts.add(field(text.substring(i + 1, close), new SourcePos(t.pos().line(), t.pos().column() + 3 + i, t.pos().offset() + 2 + i)));
            i = close + 1;
        }
        if (!literal.isEmpty() || parts.isEmpty()) {
            parts.add(new Expr.StrLit(t.pos(), literal.toString()));
        }
        return new Expr.TemplateString(t.pos(), parts);
    }

    /** {@code lambda [params](args) {captures} raises abi("C") -> T: body}, after the {@code lambda}. */
    private Expr lambda(Token kw) {
        List<Stmt.TypeParam> typeParams = cursor.at(LBRACKET) ? types.typeParams() : List.of();
        cursor.expect(LPAREN, "'('");
        List<Stmt.Param> params = types.params();
        List<Stmt.Capture> captures = null;
        boolean raises = false;
        while (true) {
            if (cursor.at(LBRACE) && captures == null) {
                captures = types.captureList();
            } else if (cursor.acceptName("raises")) {
                raises = true;
            } else if (cursor.atName("abi") && cursor.peek(1).is(LPAREN)) {
                cursor.next(); // the calling convention of a C callback: every function here can be one
                cursor.next();
                arguments(RPAREN);
            } else {
                break;
            }
        }
        Expr result = cursor.accept(ARROW) ? expression() : null;
        cursor.expect(COLON, "':' before the body of the lambda");
        return new Expr.Lambda(kw.pos(), typeParams, params, captures, result, raises, expression());
    }

    /** A replacement field of a template string, parsed as an expression; its tokens are placed where the field starts. */
    private Expr field(String source, SourcePos at) {
        if (source.contains("!") || source.contains(":")) {
            throw cursor.error(at, "conversions and format specifications in template strings are not supported yet");
        }
        List<Token> tokens = new ArrayList<>();
        for (Token k : new Lexer(source, cursor.diagnostics()).tokenize()) {
            SourcePos p = k.pos();
            tokens.add(new Token(k.kind(), k.text(), new SourcePos(at.line(), at.column() + p.column() - 1, at.offset() + p.offset()), k.precededBySpace()));
        }
        return new Parser(tokens, cursor.diagnostics()).field(at);
    }

    List<Arg> arguments(TokenKind close) {
        List<Arg> result = new ArrayList<>();
        while (!cursor.at(close)) {
            SourcePos pos = cursor.peek().pos();
            if (cursor.at(NAME) && cursor.peek(1).is(ASSIGN)) {
                String keyword = cursor.next().text();
                cursor.next();
                result.add(new Arg(pos, keyword, expression(), false));
            } else if (cursor.accept(STAR)) {
                result.add(new Arg(pos, null, expression(), true));
            } else {
                result.add(new Arg(pos, null, expression(), false));
            }
            if (!cursor.accept(COMMA)) {
                break;
            }
        }
        cursor.expect(close, close.display());
        return result;
    }

    Expr primary() {
        Token t = cursor.peek();
        switch (t.kind()) {
            case INT:
                cursor.next();
                return new Expr.IntLit(t.pos(), t.text());
            case FLOAT:
                cursor.next();
                return new Expr.FloatLit(t.pos(), t.text());
            case STRING: {
                cursor.next();
                StringBuilder sb = new StringBuilder(t.text());
                while (cursor.at(STRING)) {
                    sb.append(cursor.next().text()); // implicit concatenation of adjacent literals
                }
                return new Expr.StrLit(t.pos(), sb.toString());
            }
            case TEMPLATE_STRING:
                cursor.next();
                return templateString(t);
            case ELLIPSIS:
                cursor.next();
                return new Expr.Ellipsis(t.pos());
            case DOT:
                if (cursor.peek(1).is(NAME)) {
                    // 1.x implicit member `.float32` where a DType is expected (SIMD[.float32, 4]): DType's member
                    cursor.next();
                    Token member = cursor.next();
                    return new Expr.Attribute(t.pos(), new Expr.Name(t.pos(), "DType"), member.text());
                }
                throw cursor.error(t.pos(), "expected an expression, found '.'");
            case NAME:
                cursor.next();
                switch (t.text()) {
                    case "True":
                        return new Expr.BoolLit(t.pos(), true);
                    case "False":
                        return new Expr.BoolLit(t.pos(), false);
                    case "None":
                        return new Expr.NoneLit(t.pos());
                    case "type_of":
                        // the 1.x spelling of __type_of
                        return new Expr.Name(t.pos(), cursor.at(LPAREN) ? "__type_of" : t.text());
                    case "lambda":
                        if (cursor.at(LPAREN) || cursor.at(LBRACKET)) {
                            return lambda(t);
                        }
                        return new Expr.Name(t.pos(), t.text());
                    case "fn", "def":
                        if (cursor.at(LPAREN)) {
                            return types.fnType(t.pos());
                        }
                        return new Expr.Name(t.pos(), t.text());
                    case "comptime":
                        if (cursor.at(LPAREN)) {
                            // 1.x `comptime (expr)`: the value computed while compiling. A pure
                            // expression has the same value at run time, which is how it is computed here.
                            return primary();
                        }
                        return new Expr.Name(t.pos(), t.text());
                    default:
                        return new Expr.Name(t.pos(), t.text());
                }
            case LPAREN: {
                cursor.next();
                if (cursor.accept(RPAREN)) {
                    return new Expr.TupleLit(t.pos(), List.of());
                }
                Expr first = namedExpression();
                if (cursor.accept(RPAREN)) {
                    return first;
                }
                List<Expr> items = new ArrayList<>();
                items.add(first);
                while (cursor.accept(COMMA)) {
                    if (cursor.at(RPAREN)) {
                        break;
                    }
                    items.add(expression());
                }
                cursor.expect(RPAREN, "')'");
                return new Expr.TupleLit(t.pos(), items);
            }
            case LBRACKET: {
                cursor.next();
                List<Expr> items = new ArrayList<>();
                while (!cursor.at(RBRACKET)) {
                    items.add(expression());
                    if (items.size() == 1 && cursor.atName("for")) {
                        Expr.Comprehension c = new Expr.Comprehension(t.pos(), Expr.ComprehensionKind.LIST, items.get(0), null, comprehensionClauses());
                        cursor.expect(RBRACKET, "']'");
                        return c;
                    }
                    if (!cursor.accept(COMMA)) {
                        break;
                    }
                }
                cursor.expect(RBRACKET, "']'");
                return new Expr.ListLit(t.pos(), items);
            }
            case LBRACE: {
                cursor.next();
                if (cursor.at(NAME) && cursor.peek(1).is(ASSIGN)) {
                    return new Expr.InitList(t.pos(), arguments(RBRACE));
                }
                List<Expr> keys = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                boolean isSet = false;
                while (!cursor.at(RBRACE)) {
                    Expr k = expression();
                    if (cursor.accept(COLON)) {
                        keys.add(k);
                        values.add(expression());
                    } else {
                        isSet = true;
                        keys.add(k);
                    }
                    if (keys.size() == 1 && cursor.atName("for")) {
                        Expr.Comprehension c = isSet
                                        ? new Expr.Comprehension(t.pos(), Expr.ComprehensionKind.SET, k, null, comprehensionClauses())
                                        : new Expr.Comprehension(t.pos(), Expr.ComprehensionKind.DICT, k, values.get(0), comprehensionClauses());
                        cursor.expect(RBRACE, "'}'");
                        return c;
                    }
                    if (!cursor.accept(COMMA)) {
                        break;
                    }
                }
                cursor.expect(RBRACE, "'}'");
                return isSet ? new Expr.SetLit(t.pos(), keys) : new Expr.DictLit(t.pos(), keys, values);
            }
            default:
                throw cursor.error(t.pos(), "expected an expression, found " + TokenCursor.describe(t));
        }
    }
}
