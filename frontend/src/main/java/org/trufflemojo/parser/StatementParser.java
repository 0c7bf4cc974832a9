package org.trufflemojo.parser;

import static org.trufflemojo.parser.TokenKind.*;

import java.util.ArrayList;
import java.util.List;

import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Expr.Arg;
import org.trufflemojo.syntax.Stmt;

/** Parses statements and declarations (functions, structs, traits, imports, aliases) and indented blocks. */
final class StatementParser {
    private final TokenCursor cursor;
    private ExpressionParser expressions;
    private TypeParser types;

    StatementParser(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /** Connects the parsers; they call each other, so they are connected once all exist. */
    void wire(ExpressionParser expressions, TypeParser types) {
        this.expressions = expressions;
        this.types = types;
    }

    private List<Stmt> block() {
        cursor.enter(cursor.peek().pos());
        try {
            return blockBody();
        } finally {
            cursor.leave();
        }
    }

    private List<Stmt> blockBody() {
        cursor.expect(COLON, "':'");
        List<Stmt> body = new ArrayList<>();
        if (!cursor.at(NEWLINE)) {
            // Simple statements on the same line: `if x: print(x)`.
            simpleStatements(body);
            return body;
        }
        cursor.expect(NEWLINE, "end of line");
        cursor.expect(INDENT, "an indented block");
        while (!cursor.at(DEDENT) && !cursor.at(EOF)) {
            if (cursor.accept(NEWLINE)) {
                continue;
            }
            try {
                body.add(statement());
            } catch (CompileError e) {
                recoverInBlock();
            }
        }
        cursor.accept(DEDENT);
        return body;
    }

    private void recoverInBlock() {
        int depth = 0;
        while (!cursor.at(EOF)) {
            if (cursor.at(INDENT)) {
                depth++;
            } else if (cursor.at(DEDENT)) {
                if (depth == 0) {
                    return;
                }
                depth--;
            } else if (cursor.at(NEWLINE) && depth == 0) {
                cursor.next();
                if (cursor.at(INDENT)) {
                    continue;
                }
                return;
            }
            cursor.next();
        }
    }

    private void simpleStatements(List<Stmt> out) {
        out.add(simpleStatement());
        while (cursor.accept(SEMICOLON)) {
            if (cursor.at(NEWLINE) || cursor.at(EOF)) {
                break;
            }
            out.add(simpleStatement());
        }
        if (!cursor.at(EOF) && !cursor.at(DEDENT)) {
            cursor.expect(NEWLINE, "end of line");
        }
    }

    Stmt statement() {
        Token t = cursor.peek();
        if (t.is(AT)) {
            return decorated();
        }
        if (t.isName("comptime") && (cursor.peek(1).isName("if") || cursor.peek(1).isName("for"))) {
            cursor.next(); // 1.x `comptime if` / `comptime for`: 25.x `@parameter if` / `@parameter for`
            return cursor.atName("if") ? ifStmt(true) : forStmt(true);
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
        while (cursor.at(AT)) {
            SourcePos pos = cursor.next().pos();
            String name = cursor.expectName("a decorator name");
            List<Arg> args = List.of();
            if (cursor.at(LPAREN)) {
                cursor.next();
                args = expressions.arguments(RPAREN);
            }
            cursor.expect(NEWLINE, "end of line");
            decorators.add(new Stmt.Decorator(pos, name, args));
            while (cursor.accept(NEWLINE)) {
                // blank lines between decorators
            }
        }
        if (decorators.size() == 1 && decorators.get(0).name().equals("parameter")) {
            if (cursor.atName("if")) {
                return ifStmt(true);
            }
            if (cursor.atName("for")) {
                return forStmt(true);
            }
        }
        if (cursor.atName("fn") || cursor.atName("def")) {
            return functionDef(decorators);
        }
        if (cursor.atName("struct")) {
            return structDef(decorators);
        }
        if (cursor.atName("trait")) {
            return traitDef(decorators);
        }
        if ((cursor.atName("comptime") || cursor.atName("alias")) && cursor.peek(1).is(NAME)) {
            return aliasDef(decorators); // `@deprecated(...)` on a comptime value
        }
        throw cursor.error(cursor.peek().pos(), "expected a function or struct after decorator");
    }

    private Stmt simpleStatement() {
        Token t = cursor.peek();
        SourcePos pos = t.pos();
        if (t.is(NAME)) {
            switch (t.text()) {
                case "pass":
                    cursor.next();
                    return new Stmt.Pass(pos);
                case "break":
                    cursor.next();
                    return new Stmt.Break(pos);
                case "continue":
                    cursor.next();
                    return new Stmt.Continue(pos);
                case "return": {
                    cursor.next();
                    Expr value = atEndOfSimple() ? null : expressions.exprList();
                    return new Stmt.Return(pos, value);
                }
                case "assert": {
                    if (cursor.peek(1).is(ASSIGN) || cursor.peek(1).is(DOT) || cursor.peek(1).is(COLON)) {
                        break; // a variable named assert
                    }
                    cursor.next();
                    Expr condition = expressions.expression();
                    Expr message = cursor.accept(COMMA) ? expressions.expression() : null;
                    return new Stmt.Assert(pos, condition, message);
                }
                case "raise": {
                    cursor.next();
                    Expr value = atEndOfSimple() ? null : expressions.expression();
                    return new Stmt.Raise(pos, value);
                }
                case "var": {
                    if (cursor.peek(1).is(NAME) || cursor.peek(1).is(LPAREN)) {
                        return varDecl();
                    }
                    break;
                }
                case "ref": {
                    if (cursor.peek(1).is(NAME) && cursor.peek(2).is(ASSIGN)) {
                        cursor.next();
                        String name = cursor.expectName("a name");
                        cursor.expect(ASSIGN, "'='");
                        return new Stmt.RefDecl(pos, name, expressions.expression());
                    }
                    break;
                }
                case "alias", "comptime": {
                    if (t.text().equals("comptime") && cursor.peek(1).isName("assert")) {
                        return comptimeAssert();
                    }
                    if (cursor.peek(1).is(NAME)) {
                        return aliasDef(List.of());
                    }
                    break;
                }
                case "import":
                    return importStmt();
                case "from":
                    if (cursor.peek(1).is(NAME) || cursor.peek(1).is(DOT)) {
                        return fromImport();
                    }
                    break;
                default:
                    break;
            }
        }
        if (t.is(LPAREN) && cursor.peek(1).is(NAME) && cursor.peek(1).text().equals("var") && cursor.peek(2).is(NAME)) {
            return parenthesizedVarDecl();
        }
        Expr first = expressions.exprList();
        if (cursor.at(ASSIGN)) {
            List<Expr> targets = new ArrayList<>();
            targets.add(first);
            Expr value = null;
            while (cursor.accept(ASSIGN)) {
                value = expressions.exprList();
                if (cursor.at(ASSIGN)) {
                    targets.add(value);
                }
            }
            return new Stmt.Assign(pos, targets, value, false);
        }
        Expr.BinOp aug = augmentedOp(cursor.peek().kind());
        if (aug != null) {
            cursor.next();
            return new Stmt.AugAssign(pos, aug, first, expressions.expression());
        }
        if (cursor.at(COLON) && first instanceof Expr.Name) {
            // Python-style annotated declaration `x: Int = 3`.
            cursor.next();
            Expr type = expressions.expression();
            Expr init = cursor.accept(ASSIGN) ? expressions.expression() : null;
            return new Stmt.VarDecl(pos, ((Expr.Name) first).name(), type, init);
        }
        return new Stmt.ExprStmt(pos, first);
    }

    boolean atEndOfSimple() {
        return cursor.at(NEWLINE) || cursor.at(SEMICOLON) || cursor.at(EOF) || cursor.at(DEDENT);
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
        SourcePos pos = cursor.next().pos();
        if (cursor.at(LPAREN)) {
            // `var (a, b) = pair`: new variables bound by unpacking
            SourcePos at = cursor.next().pos();
            List<Expr> names = new ArrayList<>();
            do {
                Token t = cursor.expect(NAME, "a variable name");
                names.add(new Expr.Name(t.pos(), t.text()));
            } while (cursor.accept(COMMA) && !cursor.at(RPAREN));
            cursor.expect(RPAREN, "')'");
            cursor.expect(ASSIGN, "'=' after the variable names");
            return new Stmt.Assign(at, List.of(new Expr.TupleLit(at, names)), expressions.exprList(), true);
        }
        Token nameTok = cursor.expect(NAME, "a variable name");
        if (cursor.at(COMMA)) {
            // `var a, b = pair`: new variables bound by unpacking, as the assignment `a, b = pair`
            List<Expr> targets = new ArrayList<>();
            targets.add(new Expr.Name(nameTok.pos(), nameTok.text()));
            while (cursor.accept(COMMA)) {
                Token t = cursor.expect(NAME, "a variable name");
                targets.add(new Expr.Name(t.pos(), t.text()));
            }
            cursor.expect(ASSIGN, "'=' after the variable names");
            return new Stmt.Assign(nameTok.pos(), List.of(new Expr.TupleLit(nameTok.pos(), targets)), expressions.exprList(), true);
        }
        Expr type = cursor.accept(COLON) ? expressions.expression() : null;
        Expr init = cursor.accept(ASSIGN) ? expressions.exprList() : null;
        if (type == null && init != null && cursor.at(ASSIGN)) {
            // `var x = y = z = value`: every name a new variable with its own copy of the value
            List<Expr> targets = new ArrayList<>();
            targets.add(new Expr.Name(nameTok.pos(), nameTok.text()));
            while (cursor.accept(ASSIGN)) {
                targets.add(init);
                init = expressions.exprList();
            }
            return new Stmt.Assign(nameTok.pos(), targets, init, true);
        }
        if (type == null && init instanceof Expr.Lambda lambda) {
            return lambda.asFunction(nameTok.text(), List.of(), List.of()); // `var f = lambda ...`: the function f
        }
        return new Stmt.VarDecl(nameTok.pos(), nameTok.text(), type, init);
    }

    /** `(var x) = e` and `(var a, var b) = pair`: a pattern whose names are all new variables. */
    private Stmt parenthesizedVarDecl() {
        cursor.expect(LPAREN, "'('");
        List<Expr> targets = new ArrayList<>();
        do {
            if (cursor.at(RPAREN)) {
                break;
            }
            Token var = cursor.expect(NAME, "'var'");
            if (!var.text().equals("var")) {
                throw cursor.error(var.pos(), "expected 'var' before each name of the pattern, found " + TokenCursor.describe(var));
            }
            Token name = cursor.expect(NAME, "a variable name");
            targets.add(new Expr.Name(name.pos(), name.text()));
        } while (cursor.accept(COMMA));
        cursor.expect(RPAREN, "')'");
        cursor.expect(ASSIGN, "'=' after the pattern");
        Expr value = expressions.exprList();
        Expr.Name first = (Expr.Name) targets.get(0);
        if (targets.size() == 1) {
            return new Stmt.VarDecl(first.pos(), first.name(), null, value);
        }
        return new Stmt.Assign(first.pos(), List.of(new Expr.TupleLit(first.pos(), targets)), value, true);
    }

    /**
     * 1.x {@code comptime assert condition[, message]}: the 25.x {@code constrained[condition, message]()},
     * checked while compiling (in each instance of generic code).
     */
    private Stmt comptimeAssert() {
        SourcePos pos = cursor.next().pos();
        cursor.next(); // 'assert'
        return constraint(pos);
    }

    /** {@code condition[, message]} of a compile-time assertion, as the {@code constrained[condition, message]()} it means. */
    private Stmt constraint(SourcePos pos) {
        List<Arg> operands = new ArrayList<>();
        Expr condition = expressions.expression();
        operands.add(new Arg(condition.pos(), null, condition, false));
        if (cursor.accept(COMMA)) {
            Expr message = expressions.expression();
            operands.add(new Arg(message.pos(), null, message, false));
        }
        Expr constrained = new Expr.Index(pos, new Expr.Name(pos, "constrained"), operands);
        return new Stmt.ExprStmt(pos, new Expr.Call(pos, constrained, List.of()));
    }

    private Stmt aliasDef(List<Stmt.Decorator> decorators) {
        SourcePos pos = cursor.next().pos();
        String name = cursor.expectName("an alias name");
        List<Stmt.TypeParam> params = cursor.at(LBRACKET) ? types.typeParams() : List.of();
        Expr type = cursor.accept(COLON) ? expressions.expression() : null;
        Expr value = null;
        if (cursor.accept(ASSIGN)) {
            value = expressions.expression();
        }
        if (type == null && value instanceof Expr.Lambda lambda) {
            // `comptime f[N: Int] = lambda ...`: the function f (a static method where it is a struct's member)
            SourcePos at = lambda.pos();
            return lambda.asFunction(name, List.of(new Stmt.Decorator(at, "staticmethod", List.of())), params);
        }
        return new Stmt.AliasDef(pos, name, params, type, value, decorators);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder();
        while (cursor.at(DOT)) {
            cursor.next();
            sb.append('.');
        }
        sb.append(cursor.expectName("a module name"));
        while (cursor.accept(DOT)) {
            sb.append('.').append(cursor.expectName("a module name"));
        }
        return sb.toString();
    }

    private Stmt importStmt() {
        SourcePos pos = cursor.next().pos();
        String module = dottedName();
        String alias = cursor.acceptName("as") ? cursor.expectName("a name") : null;
        return new Stmt.Import(pos, module, alias, List.of(), false);
    }

    private Stmt fromImport() {
        SourcePos pos = cursor.next().pos();
        String module = dottedName();
        if (!cursor.acceptName("import")) {
            throw cursor.error(cursor.peek().pos(), "expected 'import'");
        }
        List<Stmt.ImportName> names = new ArrayList<>();
        boolean paren = cursor.accept(LPAREN);
        do {
            if (paren && cursor.at(RPAREN)) {
                break;
            }
            String name = cursor.at(STAR) ? cursor.next().text() : cursor.expectName("a name to import");
            String alias = cursor.acceptName("as") ? cursor.expectName("a name") : null;
            names.add(new Stmt.ImportName(name, alias));
        } while (cursor.accept(COMMA));
        if (paren) {
            cursor.expect(RPAREN, "')'");
        }
        return new Stmt.Import(pos, module, null, names, true);
    }

    private Stmt ifStmt(boolean compileTime) {
        SourcePos pos = cursor.next().pos(); // 'if' or 'elif'
        Expr cond = expressions.namedExpression();
        List<Stmt> then = block();
        List<Stmt> otherwise = List.of();
        if (cursor.atName("elif")) {
            otherwise = List.of(ifStmt(compileTime));
        } else if (cursor.atName("else") && cursor.peek(1).is(COLON)) {
            cursor.next();
            otherwise = block();
        }
        return new Stmt.If(pos, cond, then, otherwise, compileTime);
    }

    private Stmt whileStmt() {
        SourcePos pos = cursor.next().pos();
        Expr cond = expressions.namedExpression();
        List<Stmt> body = block();
        List<Stmt> otherwise = List.of();
        if (cursor.atName("else") && cursor.peek(1).is(COLON)) {
            cursor.next();
            otherwise = block();
        }
        return new Stmt.While(pos, cond, body, otherwise);
    }

    private Stmt forStmt(boolean compileTime) {
        SourcePos pos = cursor.next().pos();
        boolean byRef = false;
        if (cursor.atName("ref") && cursor.peek(1).is(NAME)) {
            cursor.next();
            byRef = true;
        } else if (cursor.atName("var") && cursor.peek(1).is(NAME)) {
            cursor.next();
        }
        List<String> targets = expressions.loopTargets("for loop");
        Expr iterable = expressions.exprList();
        List<Stmt> body = block();
        List<Stmt> otherwise = List.of();
        if (cursor.atName("else") && cursor.peek(1).is(COLON)) {
            cursor.next();
            otherwise = block();
        }
        return new Stmt.For(pos, targets, byRef, iterable, body, otherwise, compileTime);
    }

    private Stmt tryStmt() {
        SourcePos pos = cursor.next().pos();
        List<Stmt> body = block();
        List<Stmt.ExceptClause> handlers = new ArrayList<>();
        while (cursor.atName("except")) {
            SourcePos hpos = cursor.next().pos();
            Expr type = null;
            String name = null;
            if (!cursor.at(COLON)) {
                if (cursor.peek().is(NAME) && cursor.peek(1).is(COLON)) {
                    name = cursor.next().text();
                } else {
                    type = expressions.expression();
                    if (cursor.acceptName("as")) {
                        name = cursor.expectName("a name");
                    }
                }
            }
            handlers.add(new Stmt.ExceptClause(hpos, name, type, block()));
        }
        List<Stmt> otherwise = List.of();
        if (cursor.atName("else") && cursor.peek(1).is(COLON)) {
            cursor.next();
            otherwise = block();
        }
        List<Stmt> finallyBody = List.of();
        if (cursor.atName("finally")) {
            cursor.next();
            finallyBody = block();
        }
        if (handlers.isEmpty() && finallyBody.isEmpty()) {
            throw cursor.error(pos, "expected 'except' or 'finally' after 'try' block");
        }
        return new Stmt.Try(pos, body, handlers, otherwise, finallyBody);
    }

    private Stmt withStmt() {
        SourcePos pos = cursor.next().pos();
        List<Stmt.WithItem> items = new ArrayList<>();
        do {
            Expr ctx = expressions.expression();
            String name = cursor.acceptName("as") ? cursor.expectName("a name") : null;
            items.add(new Stmt.WithItem(ctx, name));
        } while (cursor.accept(COMMA));
        return new Stmt.With(pos, items, block());
    }

    private Stmt.FunctionDef functionDef(List<Stmt.Decorator> decorators) {
        Token kw = cursor.next();
        boolean isDef = kw.text().equals("def");
        Token nameTok = cursor.expect(NAME, "a function name");
        List<Stmt.TypeParam> typeParams = cursor.at(LBRACKET) ? types.typeParams() : List.of();
        cursor.expect(LPAREN, "'('");
        List<Stmt.Param> params = types.params();
        types.closureEffects(); // (a nested closure: `fn by_len(a: String, b: String) capturing -> Bool`)
        List<Stmt.Capture> captures = cursor.at(LBRACE) ? types.captureList() : null;
        boolean raises = false;
        Expr raisesType = null;
        if (cursor.acceptName("raises")) {
            raises = true;
            if (!cursor.at(ARROW) && !cursor.at(COLON) && !cursor.at(LBRACE)) {
                raisesType = expressions.expression(); // 1.x typed raises: `raises MyError`
            }
        }
        if (captures == null && cursor.at(LBRACE)) {
            captures = types.captureList();
        }
        Expr result = null;
        Expr resultOrigin = null;
        if (cursor.accept(ARROW)) {
            if (cursor.atName("ref") && cursor.peek(1).is(LBRACKET)) {
                cursor.next();
                cursor.next();
                resultOrigin = cursor.at(RBRACKET) ? new Expr.Name(cursor.peek().pos(), "_") : expressions.expression();
                while (cursor.accept(COMMA)) {
                    expressions.expression();
                }
                cursor.expect(RBRACKET, "']'");
            }
            result = expressions.expression();
        }
        Stmt whereClause = null;
        if (cursor.atName("where")) {
            // 1.x `where condition[, message]`: a constraint on the compile-time parameters, checked
            // in each instance as a `comptime assert` at the start of the body
            whereClause = constraint(cursor.next().pos());
        }
        if (!cursor.at(COLON)) {
            throw cursor.error(cursor.peek().pos(), "expected ':' after function signature, found " + TokenCursor.describe(cursor.peek()));
        }
        List<Stmt> body = block();
        if (whereClause != null) {
            List<Stmt> constrained = new ArrayList<>();
            constrained.add(whereClause);
            constrained.addAll(body);
            body = constrained;
        }
        // `...` (after an optional docstring) declares without a body, as a trait method or an intrinsic does.
        List<Stmt> code = body.size() == 2 && body.get(0) instanceof Stmt.ExprStmt doc && doc.expr() instanceof Expr.StrLit ? body.subList(1, 2) : body;
        boolean hasBody = !(code.size() == 1 && code.get(0) instanceof Stmt.ExprStmt es && es.expr() instanceof Expr.Ellipsis);
        return new Stmt.FunctionDef(kw.pos(), nameTok.pos(), nameTok.text(), decorators, typeParams, params, captures, result,
                        resultOrigin, raises, raisesType, isDef, body, hasBody);
    }

    private Stmt structDef(List<Stmt.Decorator> decorators) {
        SourcePos pos = cursor.next().pos();
        String name = cursor.expectName("a struct name");
        List<Stmt.TypeParam> typeParams = cursor.at(LBRACKET) ? types.typeParams() : List.of();
        List<Expr> traits = new ArrayList<>();
        if (cursor.accept(LPAREN)) {
            while (!cursor.at(RPAREN)) {
                Expr trait = expressions.expression();
                if (cursor.atName("where")) {
                    // 1.x conditional conformance `Writable where conforms_to(T, Writable)`: the trait if the condition holds
                    SourcePos at = cursor.next().pos();
                    trait = new Expr.Conditional(at, expressions.expression(), trait, new Expr.Name(at, "AnyType"));
                }
                traits.add(trait);
                if (!cursor.accept(COMMA)) {
                    break;
                }
            }
            cursor.expect(RPAREN, "')'");
        }
        return new Stmt.StructDef(pos, name, decorators, typeParams, traits, block());
    }

    private Stmt traitDef(List<Stmt.Decorator> decorators) {
        SourcePos pos = cursor.next().pos();
        String name = cursor.expectName("a trait name");
        List<Expr> parents = new ArrayList<>();
        if (cursor.accept(LPAREN)) {
            while (!cursor.at(RPAREN)) {
                parents.add(expressions.expression());
                if (!cursor.accept(COMMA)) {
                    break;
                }
            }
            cursor.expect(RPAREN, "')'");
        }
        return new Stmt.TraitDef(pos, name, decorators, parents, block());
    }
}
