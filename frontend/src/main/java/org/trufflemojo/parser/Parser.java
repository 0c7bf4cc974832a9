package org.trufflemojo.parser;

import static org.trufflemojo.parser.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Expr.Arg;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.syntax.Stmt.Convention;

/** Recursive-descent parser from tokens to the immutable syntax tree. */
public final class Parser {
    private static final Set<String> CONVENTIONS = Set.of("read", "mut", "var", "owned", "out", "ref", "deinit", "borrowed", "inout");

    private final List<Token> tokens;
    private final Diagnostics diagnostics;
    private int index;

    public Parser(List<Token> tokens, Diagnostics diagnostics) {
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    public static List<Stmt> parse(String text, Diagnostics diagnostics) {
        List<Token> tokens = new Lexer(text, diagnostics).tokenize();
        return new Parser(tokens, diagnostics).parseModule();
    }

    public List<Stmt> parseModule() {
        List<Stmt> result = new ArrayList<>();
        while (!at(EOF)) {
            if (accept(NEWLINE)) {
                continue;
            }
            try {
                result.add(statement());
            } catch (CompileError e) {
                recoverToNextTopLevel();
            }
        }
        return result;
    }

    private void recoverToNextTopLevel() {
        // Skip to the next line that starts at column 1 so later declarations are still checked.
        while (!at(EOF)) {
            Token t = next();
            if (t.kind() == NEWLINE && peek().pos().column() == 1 && !at(INDENT) && !at(DEDENT)) {
                return;
            }
        }
    }

    // ---------------------------------------------------------------- token helpers

    private Token peek() {
        return tokens.get(index);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    private boolean at(TokenKind k) {
        return peek().kind() == k;
    }

    private boolean atName(String name) {
        return peek().isName(name);
    }

    private Token next() {
        Token t = tokens.get(index);
        if (index < tokens.size() - 1) {
            index++;
        }
        return t;
    }

    private boolean accept(TokenKind k) {
        if (at(k)) {
            next();
            return true;
        }
        return false;
    }

    private boolean acceptName(String name) {
        if (atName(name)) {
            next();
            return true;
        }
        return false;
    }

    private Token expect(TokenKind k, String what) {
        if (!at(k)) {
            throw error(peek().pos(), "expected " + what + ", found " + describe(peek()));
        }
        return next();
    }

    private String expectName(String what) {
        return expect(NAME, what).text();
    }

    private static String describe(Token t) {
        return switch (t.kind()) {
            case NAME -> "'" + t.text() + "'";
            case NEWLINE -> "end of line";
            case INDENT -> "indent";
            case DEDENT -> "dedent";
            case EOF -> "end of file";
            case INT, FLOAT -> "'" + t.text() + "'";
            case STRING -> "string literal";
            default -> t.kind().display();
        };
    }

    private CompileError error(SourcePos pos, String message) {
        diagnostics.error(pos, message);
        return new CompileError();
    }

    // ---------------------------------------------------------------- statements

    private List<Stmt> block() {
        expect(COLON, "':'");
        List<Stmt> body = new ArrayList<>();
        if (!at(NEWLINE)) {
            // Simple statements on the same line: `if x: print(x)`.
            simpleStatements(body);
            return body;
        }
        expect(NEWLINE, "end of line");
        expect(INDENT, "an indented block");
        while (!at(DEDENT) && !at(EOF)) {
            if (accept(NEWLINE)) {
                continue;
            }
            try {
                body.add(statement());
            } catch (CompileError e) {
                recoverInBlock();
            }
        }
        accept(DEDENT);
        return body;
    }

    private void recoverInBlock() {
        int depth = 0;
        while (!at(EOF)) {
            if (at(INDENT)) {
                depth++;
            } else if (at(DEDENT)) {
                if (depth == 0) {
                    return;
                }
                depth--;
            } else if (at(NEWLINE) && depth == 0) {
                next();
                if (at(INDENT)) {
                    continue;
                }
                return;
            }
            next();
        }
    }

    private void simpleStatements(List<Stmt> out) {
        out.add(simpleStatement());
        while (accept(SEMICOLON)) {
            if (at(NEWLINE) || at(EOF)) {
                break;
            }
            out.add(simpleStatement());
        }
        if (!at(EOF) && !at(DEDENT)) {
            expect(NEWLINE, "end of line");
        }
    }

    private Stmt statement() {
        Token t = peek();
        if (t.is(AT)) {
            return decorated();
        }
        if (t.is(NAME)) {
            switch (t.text()) {
                case "fn", "def":
                    return functionDef(List.of());
                case "struct":
                    return structDef(List.of());
                case "trait":
                    return traitDef(List.of());
                case "if":
                    return ifStmt(false);
                case "while":
                    return whileStmt();
                case "for":
                    return forStmt(false);
                case "try":
                    return tryStmt();
                case "with":
                    return withStmt();
                default:
                    break;
            }
        }
        List<Stmt> stmts = new ArrayList<>();
        simpleStatements(stmts);
        if (stmts.size() == 1) {
            return stmts.get(0);
        }
        // Several statements on one line: wrap them as an always-true if to keep one node per line.
        return new Stmt.If(t.pos(), new Expr.BoolLit(t.pos(), true), stmts, List.of(), true);
    }

    private Stmt decorated() {
        List<Stmt.Decorator> decorators = new ArrayList<>();
        while (at(AT)) {
            SourcePos pos = next().pos();
            String name = expectName("a decorator name");
            List<Arg> args = List.of();
            if (at(LPAREN)) {
                next();
                args = arguments(RPAREN);
            }
            expect(NEWLINE, "end of line");
            decorators.add(new Stmt.Decorator(pos, name, args));
            while (accept(NEWLINE)) {
                // blank lines between decorators
            }
        }
        if (decorators.size() == 1 && decorators.get(0).name().equals("parameter")) {
            if (atName("if")) {
                return ifStmt(true);
            }
            if (atName("for")) {
                return forStmt(true);
            }
        }
        if (atName("fn") || atName("def")) {
            return functionDef(decorators);
        }
        if (atName("struct")) {
            return structDef(decorators);
        }
        if (atName("trait")) {
            return traitDef(decorators);
        }
        throw error(peek().pos(), "expected a function or struct after decorator");
    }

    private Stmt simpleStatement() {
        Token t = peek();
        SourcePos pos = t.pos();
        if (t.is(NAME)) {
            switch (t.text()) {
                case "pass":
                    next();
                    return new Stmt.Pass(pos);
                case "break":
                    next();
                    return new Stmt.Break(pos);
                case "continue":
                    next();
                    return new Stmt.Continue(pos);
                case "return": {
                    next();
                    Expr value = atEndOfSimple() ? null : exprList();
                    return new Stmt.Return(pos, value);
                }
                case "raise": {
                    next();
                    Expr value = atEndOfSimple() ? null : expression();
                    return new Stmt.Raise(pos, value);
                }
                case "var": {
                    if (peek(1).is(NAME)) {
                        return varDecl();
                    }
                    break;
                }
                case "ref": {
                    if (peek(1).is(NAME) && peek(2).is(ASSIGN)) {
                        next();
                        String name = expectName("a name");
                        expect(ASSIGN, "'='");
                        return new Stmt.RefDecl(pos, name, expression());
                    }
                    break;
                }
                case "alias", "comptime": {
                    if (peek(1).is(NAME)) {
                        return aliasDef();
                    }
                    break;
                }
                case "import":
                    return importStmt();
                case "from":
                    if (peek(1).is(NAME) || peek(1).is(DOT)) {
                        return fromImport();
                    }
                    break;
                default:
                    break;
            }
        }
        Expr first = exprList();
        if (at(ASSIGN)) {
            List<Expr> targets = new ArrayList<>();
            targets.add(first);
            Expr value = null;
            while (accept(ASSIGN)) {
                value = exprList();
                if (at(ASSIGN)) {
                    targets.add(value);
                }
            }
            return new Stmt.Assign(pos, targets, value);
        }
        Expr.BinOp aug = augmentedOp(peek().kind());
        if (aug != null) {
            next();
            return new Stmt.AugAssign(pos, aug, first, expression());
        }
        if (at(COLON) && first instanceof Expr.Name) {
            // Python-style annotated declaration `x: Int = 3`.
            next();
            Expr type = expression();
            Expr init = accept(ASSIGN) ? expression() : null;
            return new Stmt.VarDecl(pos, ((Expr.Name) first).name(), type, init);
        }
        return new Stmt.ExprStmt(pos, first);
    }

    private boolean atEndOfSimple() {
        return at(NEWLINE) || at(SEMICOLON) || at(EOF) || at(DEDENT);
    }

    private static Expr.BinOp augmentedOp(TokenKind k) {
        return switch (k) {
            case PLUS_ASSIGN -> Expr.BinOp.ADD;
            case MINUS_ASSIGN -> Expr.BinOp.SUB;
            case STAR_ASSIGN -> Expr.BinOp.MUL;
            case SLASH_ASSIGN -> Expr.BinOp.DIV;
            case DOUBLESLASH_ASSIGN -> Expr.BinOp.FLOORDIV;
            case PERCENT_ASSIGN -> Expr.BinOp.MOD;
            case DOUBLESTAR_ASSIGN -> Expr.BinOp.POW;
            case AMP_ASSIGN -> Expr.BinOp.AND;
            case PIPE_ASSIGN -> Expr.BinOp.OR;
            case CARET_ASSIGN -> Expr.BinOp.XOR;
            case LSHIFT_ASSIGN -> Expr.BinOp.LSHIFT;
            case RSHIFT_ASSIGN -> Expr.BinOp.RSHIFT;
            case AT_ASSIGN -> Expr.BinOp.MATMUL;
            default -> null;
        };
    }

    private Stmt varDecl() {
        SourcePos pos = next().pos();
        Token nameTok = expect(NAME, "a variable name");
        if (at(COMMA)) {
            // `var a, b = ...` is not Mojo; report it clearly.
            throw error(peek().pos(), "expected ':' or '=' after variable name");
        }
        Expr type = accept(COLON) ? expression() : null;
        Expr init = accept(ASSIGN) ? exprList() : null;
        return new Stmt.VarDecl(nameTok.pos(), nameTok.text(), type, init);
    }

    private Stmt aliasDef() {
        SourcePos pos = next().pos();
        String name = expectName("an alias name");
        List<Stmt.TypeParam> params = at(LBRACKET) ? typeParams() : List.of();
        Expr type = accept(COLON) ? expression() : null;
        Expr value = null;
        if (accept(ASSIGN)) {
            value = expression();
        }
        return new Stmt.AliasDef(pos, name, params, type, value);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder();
        while (at(DOT)) {
            next();
            sb.append('.');
        }
        sb.append(expectName("a module name"));
        while (accept(DOT)) {
            sb.append('.').append(expectName("a module name"));
        }
        return sb.toString();
    }

    private Stmt importStmt() {
        SourcePos pos = next().pos();
        String module = dottedName();
        String alias = acceptName("as") ? expectName("a name") : null;
        return new Stmt.Import(pos, module, alias, List.of(), false);
    }

    private Stmt fromImport() {
        SourcePos pos = next().pos();
        String module = dottedName();
        if (!acceptName("import")) {
            throw error(peek().pos(), "expected 'import'");
        }
        List<Stmt.ImportName> names = new ArrayList<>();
        boolean paren = accept(LPAREN);
        do {
            if (paren && at(RPAREN)) {
                break;
            }
            String name = at(STAR) ? next().text() : expectName("a name to import");
            String alias = acceptName("as") ? expectName("a name") : null;
            names.add(new Stmt.ImportName(name, alias));
        } while (accept(COMMA));
        if (paren) {
            expect(RPAREN, "')'");
        }
        return new Stmt.Import(pos, module, null, names, true);
    }

    private Stmt ifStmt(boolean compileTime) {
        SourcePos pos = next().pos(); // 'if' or 'elif'
        Expr cond = namedExpression();
        List<Stmt> then = block();
        List<Stmt> otherwise = List.of();
        if (atName("elif")) {
            otherwise = List.of(ifStmt(compileTime));
        } else if (atName("else") && peek(1).is(COLON)) {
            next();
            otherwise = block();
        }
        return new Stmt.If(pos, cond, then, otherwise, compileTime);
    }

    private Stmt whileStmt() {
        SourcePos pos = next().pos();
        Expr cond = namedExpression();
        List<Stmt> body = block();
        List<Stmt> otherwise = List.of();
        if (atName("else") && peek(1).is(COLON)) {
            next();
            otherwise = block();
        }
        return new Stmt.While(pos, cond, body, otherwise);
    }

    private Stmt forStmt(boolean compileTime) {
        SourcePos pos = next().pos();
        boolean byRef = false;
        if (atName("ref") && peek(1).is(NAME)) {
            next();
            byRef = true;
        } else if (atName("var") && peek(1).is(NAME)) {
            next();
        }
        List<String> targets = new ArrayList<>();
        boolean paren = accept(LPAREN);
        targets.add(expectName("a loop variable"));
        while (accept(COMMA)) {
            targets.add(expectName("a loop variable"));
        }
        if (paren) {
            expect(RPAREN, "')'");
        }
        if (!acceptName("in")) {
            throw error(peek().pos(), "expected 'in' in for loop");
        }
        Expr iterable = exprList();
        List<Stmt> body = block();
        List<Stmt> otherwise = List.of();
        if (atName("else") && peek(1).is(COLON)) {
            next();
            otherwise = block();
        }
        return new Stmt.For(pos, targets, byRef, iterable, body, otherwise, compileTime);
    }

    private Stmt tryStmt() {
        SourcePos pos = next().pos();
        List<Stmt> body = block();
        List<Stmt.ExceptClause> handlers = new ArrayList<>();
        while (atName("except")) {
            SourcePos hpos = next().pos();
            Expr type = null;
            String name = null;
            if (!at(COLON)) {
                if (peek().is(NAME) && peek(1).is(COLON)) {
                    name = next().text();
                } else {
                    type = expression();
                    if (acceptName("as")) {
                        name = expectName("a name");
                    }
                }
            }
            handlers.add(new Stmt.ExceptClause(hpos, name, type, block()));
        }
        List<Stmt> otherwise = List.of();
        if (atName("else") && peek(1).is(COLON)) {
            next();
            otherwise = block();
        }
        List<Stmt> finallyBody = List.of();
        if (atName("finally")) {
            next();
            finallyBody = block();
        }
        if (handlers.isEmpty() && finallyBody.isEmpty()) {
            throw error(pos, "expected 'except' or 'finally' after 'try' block");
        }
        return new Stmt.Try(pos, body, handlers, otherwise, finallyBody);
    }

    private Stmt withStmt() {
        SourcePos pos = next().pos();
        List<Stmt.WithItem> items = new ArrayList<>();
        do {
            Expr ctx = expression();
            String name = acceptName("as") ? expectName("a name") : null;
            items.add(new Stmt.WithItem(ctx, name));
        } while (accept(COMMA));
        return new Stmt.With(pos, items, block());
    }

    // ---------------------------------------------------------------- declarations

    private Stmt.FunctionDef functionDef(List<Stmt.Decorator> decorators) {
        Token kw = next();
        boolean isDef = kw.text().equals("def");
        Token nameTok = expect(NAME, "a function name");
        List<Stmt.TypeParam> typeParams = at(LBRACKET) ? typeParams() : List.of();
        expect(LPAREN, "'('");
        List<Stmt.Param> params = params();
        boolean raises = false;
        if (acceptName("raises")) {
            raises = true;
        }
        Expr result = null;
        Expr resultOrigin = null;
        if (accept(ARROW)) {
            if (atName("ref") && peek(1).is(LBRACKET)) {
                next();
                next();
                resultOrigin = at(RBRACKET) ? new Expr.Name(peek().pos(), "_") : expression();
                while (accept(COMMA)) {
                    expression();
                }
                expect(RBRACKET, "']'");
            }
            result = expression();
        }
        if (!at(COLON)) {
            throw error(peek().pos(), "expected ':' after function signature, found " + describe(peek()));
        }
        List<Stmt> body = block();
        boolean hasBody = !(body.size() == 1 && body.get(0) instanceof Stmt.ExprStmt es && es.expr() instanceof Expr.Ellipsis);
        return new Stmt.FunctionDef(kw.pos(), nameTok.pos(), nameTok.text(), decorators, typeParams, params, result, resultOrigin,
                        raises, isDef, body, hasBody);
    }

    private List<Stmt.TypeParam> typeParams() {
        expect(LBRACKET, "'['");
        List<Stmt.TypeParam> result = new ArrayList<>();
        boolean inferOnly = true;
        boolean sawInferMarker = false;
        int start = 0;
        boolean keywordOnly = false;
        while (!at(RBRACKET)) {
            if (accept(DOUBLESLASH)) {
                sawInferMarker = true;
                for (int i = start; i < result.size(); i++) {
                    Stmt.TypeParam p = result.get(i);
                    result.set(i, new Stmt.TypeParam(p.pos(), p.name(), p.type(), p.defaultValue(), true, false, p.variadic()));
                }
                start = result.size();
            } else if (at(STAR) && (peek(1).is(COMMA) || peek(1).is(RBRACKET))) {
                next();
                keywordOnly = true;
            } else {
                boolean variadic = accept(STAR);
                Token nameTok = expect(NAME, "a parameter name");
                Expr type = accept(COLON) ? expression() : null;
                Expr def = accept(ASSIGN) ? expression() : null;
                result.add(new Stmt.TypeParam(nameTok.pos(), nameTok.text(), type, def, false, keywordOnly, variadic));
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RBRACKET, "']'");
        assert inferOnly || sawInferMarker;
        return result;
    }

    private List<Stmt.Param> params() {
        List<Stmt.Param> result = new ArrayList<>();
        boolean keywordOnly = false;
        while (!at(RPAREN)) {
            SourcePos pos = peek().pos();
            if (at(SLASH)) {
                next();
                for (int i = 0; i < result.size(); i++) {
                    Stmt.Param p = result.get(i);
                    result.set(i, new Stmt.Param(p.pos(), p.name(), p.convention(), p.conventionWritten(), p.refOrigin(), p.type(),
                                    p.defaultValue(), p.kind(), p.keywordOnly(), true));
                }
            } else if (at(STAR) && (peek(1).is(COMMA) || peek(1).is(RPAREN))) {
                next();
                keywordOnly = true;
            } else {
                Stmt.ParamKind kind = Stmt.ParamKind.POSITIONAL;
                Convention conv = Convention.READ;
                String written = null;
                Expr origin = null;
                if (at(NAME) && CONVENTIONS.contains(peek().text()) && (peek(1).is(NAME) || peek(1).is(LBRACKET) || peek(1).is(STAR))) {
                    written = next().text();
                    conv = switch (written) {
                        case "mut", "inout" -> Convention.MUT;
                        case "var", "owned" -> Convention.VAR;
                        case "out" -> Convention.OUT;
                        case "ref" -> Convention.REF;
                        case "deinit" -> Convention.DEINIT;
                        default -> Convention.READ;
                    };
                    if (conv == Convention.REF && at(LBRACKET)) {
                        next();
                        origin = at(RBRACKET) ? null : expression();
                        expect(RBRACKET, "']'");
                    }
                }
                if (accept(DOUBLESTAR)) {
                    kind = Stmt.ParamKind.KEYWORDS;
                } else if (accept(STAR)) {
                    kind = Stmt.ParamKind.VARIADIC;
                    keywordOnly = true;
                }
                Token nameTok = expect(NAME, "a parameter name");
                Expr type = null;
                if (accept(COLON)) {
                    type = kind == Stmt.ParamKind.VARIADIC && at(STAR) ? unaryStarType() : expression();
                }
                Expr def = accept(ASSIGN) ? expression() : null;
                boolean kwOnly = keywordOnly && kind == Stmt.ParamKind.POSITIONAL;
                result.add(new Stmt.Param(nameTok.pos(), nameTok.text(), conv, written, origin, type, def, kind, kwOnly, false));
                pos.line();
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RPAREN, "')'");
        return result;
    }

    /** A variadic pack type {@code *Ts}, kept as a Unary STAR-less marker: {@code Index(Name("*"), Ts)}. */
    private Expr unaryStarType() {
        SourcePos pos = next().pos();
        Expr inner = primary();
        return new Expr.Index(pos, new Expr.Name(pos, "*"), List.of(new Arg(pos, null, inner, false)));
    }

    private Stmt structDef(List<Stmt.Decorator> decorators) {
        SourcePos pos = next().pos();
        String name = expectName("a struct name");
        List<Stmt.TypeParam> typeParams = at(LBRACKET) ? typeParams() : List.of();
        List<Expr> traits = new ArrayList<>();
        if (accept(LPAREN)) {
            while (!at(RPAREN)) {
                traits.add(expression());
                if (!accept(COMMA)) {
                    break;
                }
            }
            expect(RPAREN, "')'");
        }
        return new Stmt.StructDef(pos, name, decorators, typeParams, traits, block());
    }

    private Stmt traitDef(List<Stmt.Decorator> decorators) {
        SourcePos pos = next().pos();
        String name = expectName("a trait name");
        List<Expr> parents = new ArrayList<>();
        if (accept(LPAREN)) {
            while (!at(RPAREN)) {
                parents.add(expression());
                if (!accept(COMMA)) {
                    break;
                }
            }
            expect(RPAREN, "')'");
        }
        return new Stmt.TraitDef(pos, name, decorators, parents, block());
    }

    // ---------------------------------------------------------------- expressions

    /** An expression, or a tuple of them separated by commas. */
    private Expr exprList() {
        SourcePos pos = peek().pos();
        Expr first = expression();
        if (!at(COMMA)) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (accept(COMMA)) {
            if (atEndOfSimple() || at(ASSIGN) || at(COLON) || at(RPAREN)) {
                break;
            }
            items.add(expression());
        }
        return new Expr.TupleLit(pos, items);
    }

    private Expr namedExpression() {
        if (at(NAME) && peek(1).is(WALRUS)) {
            // The walrus is rare in Mojo; parse and treat as assignment expression later.
            throw error(peek(1).pos(), "assignment expressions (':=') are not supported");
        }
        return expression();
    }

    public Expr expression() {
        Expr e = orExpr();
        if (atName("if")) {
            SourcePos pos = next().pos();
            Expr cond = orExpr();
            if (!acceptName("else")) {
                throw error(peek().pos(), "expected 'else' in conditional expression");
            }
            Expr otherwise = expression();
            return new Expr.Conditional(pos, cond, e, otherwise);
        }
        return e;
    }

    private Expr orExpr() {
        Expr e = andExpr();
        while (atName("or")) {
            SourcePos pos = next().pos();
            e = new Expr.Logical(pos, false, e, andExpr());
        }
        return e;
    }

    private Expr andExpr() {
        Expr e = notExpr();
        while (atName("and")) {
            SourcePos pos = next().pos();
            e = new Expr.Logical(pos, true, e, notExpr());
        }
        return e;
    }

    private Expr notExpr() {
        if (atName("not")) {
            SourcePos pos = next().pos();
            return new Expr.Not(pos, notExpr());
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
                pos = peek().pos();
            }
            if (op == Expr.CompareOp.NOT_IN || op == Expr.CompareOp.IS_NOT) {
                next();
            }
            next();
            ops.add(op);
            operands.add(bitOr());
        }
        return operands == null ? first : new Expr.Compare(pos, operands, ops);
    }

    private Expr.CompareOp compareOp() {
        Token t = peek();
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
                if (t.text().equals("not") && peek(1).isName("in")) {
                    return Expr.CompareOp.NOT_IN;
                }
                if (t.text().equals("is")) {
                    return peek(1).isName("not") ? Expr.CompareOp.IS_NOT : Expr.CompareOp.IS;
                }
                return null;
            default:
                return null;
        }
    }

    private Expr bitOr() {
        Expr e = bitXor();
        while (at(PIPE)) {
            SourcePos pos = next().pos();
            e = new Expr.Binary(pos, Expr.BinOp.OR, e, bitXor());
        }
        return e;
    }

    private Expr bitXor() {
        Expr e = bitAnd();
        while (at(CARET)) {
            SourcePos pos = next().pos();
            e = new Expr.Binary(pos, Expr.BinOp.XOR, e, bitAnd());
        }
        return e;
    }

    private Expr bitAnd() {
        Expr e = shift();
        while (at(AMP)) {
            SourcePos pos = next().pos();
            e = new Expr.Binary(pos, Expr.BinOp.AND, e, shift());
        }
        return e;
    }

    private Expr shift() {
        Expr e = additive();
        while (at(LSHIFT) || at(RSHIFT)) {
            Token t = next();
            e = new Expr.Binary(t.pos(), t.is(LSHIFT) ? Expr.BinOp.LSHIFT : Expr.BinOp.RSHIFT, e, additive());
        }
        return e;
    }

    private Expr additive() {
        Expr e = term();
        while (at(PLUS) || at(MINUS)) {
            Token t = next();
            e = new Expr.Binary(t.pos(), t.is(PLUS) ? Expr.BinOp.ADD : Expr.BinOp.SUB, e, term());
        }
        return e;
    }

    private Expr term() {
        Expr e = unary();
        while (true) {
            Expr.BinOp op = switch (peek().kind()) {
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
            SourcePos pos = next().pos();
            e = new Expr.Binary(pos, op, e, unary());
        }
    }

    private Expr unary() {
        Token t = peek();
        if (t.is(MINUS) || t.is(PLUS) || t.is(TILDE)) {
            next();
            Expr operand = unary();
            Expr.UnaryOp op = t.is(MINUS) ? Expr.UnaryOp.NEG : t.is(PLUS) ? Expr.UnaryOp.POS : Expr.UnaryOp.INVERT;
            return new Expr.Unary(t.pos(), op, operand);
        }
        return power();
    }

    private Expr power() {
        Expr base = postfix();
        if (at(DOUBLESTAR)) {
            SourcePos pos = next().pos();
            return new Expr.Binary(pos, Expr.BinOp.POW, base, unary());
        }
        return base;
    }

    private Expr postfix() {
        Expr e = primary();
        while (true) {
            Token t = peek();
            if (t.is(LPAREN) ) {
                next();
                e = new Expr.Call(t.pos(), e, arguments(RPAREN));
            } else if (t.is(LBRACKET)) {
                next();
                e = new Expr.Index(t.pos(), e, subscripts());
            } else if (t.is(DOT)) {
                next();
                Token name = expect(NAME, "an attribute name");
                e = new Expr.Attribute(name.pos(), e, name.text());
            } else if (t.is(CARET) && isTransfer()) {
                next();
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
        Token after = peek(1);
        return switch (after.kind()) {
            case RPAREN, RBRACKET, RBRACE, COMMA, NEWLINE, COLON, SEMICOLON, EOF, DEDENT, DOT, ASSIGN -> true;
            case NAME -> after.text().equals("if") || after.text().equals("else") || after.text().equals("for");
            default -> false;
        };
    }

    /** {@code fn(T1, T2) [capturing] [escaping] [raises] -> R} as a type. */
    private Expr fnType(SourcePos pos) {
        expect(LPAREN, "'('");
        List<Expr> params = new ArrayList<>();
        while (!at(RPAREN)) {
            if (at(NAME) && CONVENTIONS.contains(peek().text()) && peek(1).is(NAME)) {
                next(); // a convention in a function type: ignored
            }
            params.add(expression());
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RPAREN, "')'");
        boolean raises = false;
        while (atName("capturing") || atName("escaping") || atName("raises")) {
            raises |= next().text().equals("raises");
        }
        Expr result = null;
        if (accept(ARROW)) {
            result = expression();
        }
        return new Expr.FnType(pos, params, result, raises);
    }

    private List<Arg> subscripts() {
        List<Arg> result = new ArrayList<>();
        while (!at(RBRACKET)) {
            SourcePos pos = peek().pos();
            String keyword = null;
            if (at(NAME) && peek(1).is(ASSIGN)) {
                keyword = next().text();
                next();
            }
            result.add(new Arg(pos, keyword, sliceOrExpr(), false));
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RBRACKET, "']'");
        return result;
    }

    private Expr sliceOrExpr() {
        SourcePos pos = peek().pos();
        Expr lower = null;
        if (!at(COLON)) {
            lower = at(STAR) ? unaryStarType() : expression();
            if (!at(COLON)) {
                return lower;
            }
        }
        next(); // ':'
        Expr upper = at(COLON) || at(RBRACKET) || at(COMMA) ? null : expression();
        Expr step = null;
        if (accept(COLON)) {
            step = at(RBRACKET) || at(COMMA) ? null : expression();
        }
        return new Expr.Slice(pos, lower, upper, step);
    }

    private List<Arg> arguments(TokenKind close) {
        List<Arg> result = new ArrayList<>();
        while (!at(close)) {
            SourcePos pos = peek().pos();
            if (at(NAME) && peek(1).is(ASSIGN)) {
                String keyword = next().text();
                next();
                result.add(new Arg(pos, keyword, expression(), false));
            } else if (accept(STAR)) {
                result.add(new Arg(pos, null, expression(), true));
            } else {
                result.add(new Arg(pos, null, expression(), false));
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(close, close.display());
        return result;
    }

    private Expr primary() {
        Token t = peek();
        switch (t.kind()) {
            case INT:
                next();
                return new Expr.IntLit(t.pos(), t.text());
            case FLOAT:
                next();
                return new Expr.FloatLit(t.pos(), t.text());
            case STRING: {
                next();
                StringBuilder sb = new StringBuilder(t.text());
                while (at(STRING)) {
                    sb.append(next().text()); // implicit concatenation of adjacent literals
                }
                return new Expr.StrLit(t.pos(), sb.toString());
            }
            case ELLIPSIS:
                next();
                return new Expr.Ellipsis(t.pos());
            case NAME:
                next();
                switch (t.text()) {
                    case "True":
                        return new Expr.BoolLit(t.pos(), true);
                    case "False":
                        return new Expr.BoolLit(t.pos(), false);
                    case "None":
                        return new Expr.NoneLit(t.pos());
                    case "fn":
                        if (at(LPAREN)) {
                            return fnType(t.pos());
                        }
                        return new Expr.Name(t.pos(), t.text());
                    default:
                        return new Expr.Name(t.pos(), t.text());
                }
            case LPAREN: {
                next();
                if (accept(RPAREN)) {
                    return new Expr.TupleLit(t.pos(), List.of());
                }
                Expr first = expression();
                if (accept(RPAREN)) {
                    return first;
                }
                List<Expr> items = new ArrayList<>();
                items.add(first);
                while (accept(COMMA)) {
                    if (at(RPAREN)) {
                        break;
                    }
                    items.add(expression());
                }
                expect(RPAREN, "')'");
                return new Expr.TupleLit(t.pos(), items);
            }
            case LBRACKET: {
                next();
                List<Expr> items = new ArrayList<>();
                while (!at(RBRACKET)) {
                    items.add(expression());
                    if (!accept(COMMA)) {
                        break;
                    }
                }
                expect(RBRACKET, "']'");
                return new Expr.ListLit(t.pos(), items);
            }
            case LBRACE: {
                next();
                List<Expr> keys = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                boolean isSet = false;
                while (!at(RBRACE)) {
                    Expr k = expression();
                    if (accept(COLON)) {
                        keys.add(k);
                        values.add(expression());
                    } else {
                        isSet = true;
                        keys.add(k);
                    }
                    if (!accept(COMMA)) {
                        break;
                    }
                }
                expect(RBRACE, "'}'");
                return isSet ? new Expr.SetLit(t.pos(), keys) : new Expr.DictLit(t.pos(), keys, values);
            }
            default:
                throw error(t.pos(), "expected an expression, found " + describe(t));
        }
    }
}
