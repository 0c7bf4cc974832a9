package org.trufflemojo.parser;

import static org.trufflemojo.parser.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Expr.Arg;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.syntax.Stmt.Convention;

/** Parses the parts of declarations about types: compile-time parameter lists, parameters with their conventions, function types. */
final class TypeParser {
    private static final Set<String> CONVENTIONS = Set.of("read", "imm", "mut", "var", "owned", "out", "ref", "deinit", "borrowed", "inout");
    private final TokenCursor cursor;
    private ExpressionParser expressions;

    TypeParser(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /** Connects the parsers; they call each other, so they are connected once all exist. */
    void wire(ExpressionParser expressions) {
        this.expressions = expressions;
    }

    List<Stmt.TypeParam> typeParams() {
        cursor.expect(LBRACKET, "'['");
        List<Stmt.TypeParam> result = new ArrayList<>();
        boolean inferOnly = true;
        boolean sawInferMarker = false;
        int start = 0;
        boolean keywordOnly = false;
        while (!cursor.at(RBRACKET)) {
            if (cursor.accept(DOUBLESLASH)) {
                sawInferMarker = true;
                for (int i = start; i < result.size(); i++) {
                    Stmt.TypeParam p = result.get(i);
                    result.set(i, new Stmt.TypeParam(p.pos(), p.name(), p.type(), p.defaultValue(), true, false, p.variadic()));
                }
                start = result.size();
            } else if (cursor.at(STAR) && (cursor.peek(1).is(COMMA) || cursor.peek(1).is(RBRACKET))) {
                cursor.next();
                keywordOnly = true;
            } else if (cursor.accept(SLASH)) {
                // the parameters before `/` are positional-only: a correct program binds them the same way
            } else {
                boolean variadic = cursor.accept(STAR);
                Token nameTok = cursor.expect(NAME, "a parameter name");
                Expr type = cursor.accept(COLON) ? expressions.expression() : null;
                Expr def = cursor.accept(ASSIGN) ? expressions.expression() : null;
                result.add(new Stmt.TypeParam(nameTok.pos(), nameTok.text(), type, def, false, keywordOnly, variadic));
            }
            if (!cursor.accept(COMMA)) {
                break;
            }
        }
        cursor.expect(RBRACKET, "']'");
        assert inferOnly || sawInferMarker;
        return result;
    }

    List<Stmt.Param> params() {
        List<Stmt.Param> result = new ArrayList<>();
        boolean keywordOnly = false;
        while (!cursor.at(RPAREN)) {
            SourcePos pos = cursor.peek().pos();
            if (cursor.at(SLASH)) {
                cursor.next();
                for (int i = 0; i < result.size(); i++) {
                    Stmt.Param p = result.get(i);
                    result.set(i, new Stmt.Param(p.pos(), p.name(), p.convention(), p.conventionWritten(), p.refOrigin(), p.type(),
                                    p.defaultValue(), p.kind(), p.keywordOnly(), true));
                }
            } else if (cursor.at(STAR) && (cursor.peek(1).is(COMMA) || cursor.peek(1).is(RPAREN))) {
                cursor.next();
                keywordOnly = true;
            } else {
                Stmt.ParamKind kind = Stmt.ParamKind.POSITIONAL;
                Convention conv = Convention.READ;
                String written = null;
                Expr origin = null;
                if (cursor.at(NAME) && CONVENTIONS.contains(cursor.peek().text()) && (cursor.peek(1).is(NAME) || cursor.peek(1).is(LBRACKET)
                                || cursor.peek(1).is(STAR) || cursor.peek(1).is(DOUBLESTAR))) {
                    written = cursor.next().text();
                    conv = switch (written) {
                        case "mut", "inout" -> Convention.MUT;
                        case "var", "owned" -> Convention.VAR;
                        case "out" -> Convention.OUT;
                        case "ref" -> Convention.REF;
                        case "deinit" -> Convention.DEINIT;
                        default -> Convention.READ;
                    };
                    if (conv == Convention.REF && cursor.at(LBRACKET)) {
                        cursor.next();
                        origin = cursor.at(RBRACKET) ? null : expressions.expression();
                        cursor.expect(RBRACKET, "']'");
                    }
                }
                if (cursor.accept(DOUBLESTAR)) {
                    kind = Stmt.ParamKind.KEYWORDS;
                } else if (cursor.accept(STAR)) {
                    kind = Stmt.ParamKind.VARIADIC;
                    keywordOnly = true;
                }
                Token nameTok = cursor.expect(NAME, "a parameter name");
                Expr type = null;
                if (cursor.accept(COLON)) {
                    type = kind == Stmt.ParamKind.VARIADIC && cursor.at(STAR) ? unaryStarType() : expressions.expression();
                }
                Expr def = cursor.accept(ASSIGN) ? expressions.expression() : null;
                boolean kwOnly = keywordOnly && kind == Stmt.ParamKind.POSITIONAL;
                result.add(new Stmt.Param(nameTok.pos(), nameTok.text(), conv, written, origin, type, def, kind, kwOnly, false));
                pos.line();
            }
            if (!cursor.accept(COMMA)) {
                break;
            }
        }
        cursor.expect(RPAREN, "')'");
        return result;
    }

    /**
     * A 1.x capture list {@code {imm a, mut b, var c, d}}: a bare name is captured {@code imm}, {@code d^} moved in; a
     * convention alone is the default for every other variable the body uses.
     */
    List<Stmt.Capture> captureList() {
        cursor.expect(LBRACE, "'{'");
        List<Stmt.Capture> result = new ArrayList<>();
        while (!cursor.at(RBRACE)) {
            Token first = cursor.expect(NAME, "a captured variable or a convention");
            Convention conv = switch (first.text()) {
                case "mut" -> Convention.MUT;
                case "var" -> Convention.VAR;
                case "imm", "read" -> Convention.READ;
                default -> null;
            };
            if (conv == null && cursor.accept(CARET)) {
                result.add(new Stmt.Capture(first.pos(), first.text(), Convention.VAR, true)); // d^: moved into the closure
            } else if (conv == null) {
                result.add(new Stmt.Capture(first.pos(), first.text(), Convention.READ, false));
            } else if (cursor.at(NAME)) {
                Token name = cursor.next();
                result.add(new Stmt.Capture(name.pos(), name.text(), conv, false));
            } else {
                result.add(new Stmt.Capture(first.pos(), null, conv, false));
            }
            if (!cursor.accept(COMMA)) {
                break;
            }
        }
        cursor.expect(RBRACE, "'}'");
        return result;
    }

    /**
     * A variadic pack type {@code *Ts}, kept as a marker {@code Index(Name("*"), Ts)}; also the
     * unbound-parameter forms {@code *_} and {@code **_} of a partially bound type ({@code Name("**")}).
     */
    Expr unaryStarType() {
        Token star = cursor.next();
        SourcePos pos = star.pos();
        Expr inner = expressions.primary();
        return new Expr.Index(pos, new Expr.Name(pos, star.text()), List.of(new Arg(pos, null, inner, false)));
    }

    /**
     * {@code capturing [origin]} and {@code escaping} after a closure's or function type's arguments:
     * which values a closure may capture, which Mojo checks and this implementation does not need.
     */
    void closureEffects() {
        while (cursor.atName("capturing") || cursor.atName("escaping")) {
            boolean capturing = cursor.next().text().equals("capturing");
            if (capturing && cursor.at(LBRACKET)) {
                cursor.next();
                while (!cursor.at(RBRACKET) && !cursor.at(EOF)) {
                    cursor.next();
                }
                cursor.expect(RBRACKET, "']'");
            }
        }
    }

    /** {@code fn(T1, T2) [capturing] [escaping] [raises] -> R} as a type. */
    Expr fnType(SourcePos pos) {
        cursor.expect(LPAREN, "'('");
        List<Expr> params = new ArrayList<>();
        while (!cursor.at(RPAREN)) {
            if (cursor.at(NAME) && CONVENTIONS.contains(cursor.peek().text()) && cursor.peek(1).is(NAME)) {
                cursor.next(); // a convention in a function type: ignored
            }
            boolean variadic = cursor.accept(STAR);
            if (cursor.at(NAME) && cursor.peek(1).is(COLON)) {
                cursor.next(); // 1.x names the parameters of a function type: `def(x: Int) -> Int`
                cursor.next();
            }
            Expr type = expressions.expression();
            // *args: T is kept as the pack marker `*[T]`, as in a parameter list
            params.add(variadic ? new Expr.Index(type.pos(), new Expr.Name(type.pos(), "*"), List.of(new Arg(type.pos(), null, type, false))) : type);
            if (!cursor.accept(COMMA)) {
                break;
            }
        }
        cursor.expect(RPAREN, "')'");
        boolean raises = false;
        while (cursor.atName("capturing") || cursor.atName("escaping") || cursor.atName("raises") || cursor.atName("thin")
                        || cursor.atName("abi") && cursor.peek(1).is(LPAREN)) {
            if (cursor.atName("abi")) {
                cursor.next(); // the calling convention of a C callback: every function here can be one
                cursor.next();
                expressions.arguments(RPAREN);
            } else if (cursor.acceptName("raises")) {
                raises = true;
            } else if (cursor.acceptName("thin")) {
                // (1.x `thin`: a function without captures, as every one here is)
            } else {
                closureEffects();
            }
        }
        Expr result = null;
        if (cursor.accept(ARROW)) {
            result = expressions.expression();
        }
        return new Expr.FnType(pos, params, result, raises);
    }
}
