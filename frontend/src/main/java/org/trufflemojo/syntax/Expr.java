package org.trufflemojo.syntax;

import java.util.List;

import org.trufflemojo.source.SourcePos;

/** Expressions of the syntax tree, exactly as written (types are expressions too: {@code List[Int]}). */
public sealed interface Expr {
    SourcePos pos();

    record IntLit(SourcePos pos, String text) implements Expr {
    }

    record FloatLit(SourcePos pos, String text) implements Expr {
    }

    record StrLit(SourcePos pos, String value) implements Expr {
    }

    record BoolLit(SourcePos pos, boolean value) implements Expr {
    }

    record NoneLit(SourcePos pos) implements Expr {
    }

    record Name(SourcePos pos, String name) implements Expr {
    }

    record Attribute(SourcePos pos, Expr target, String name) implements Expr {
    }

    /** One argument of a call; {@code keyword} is null for positional, {@code star} for {@code *xs}. */
    record Arg(SourcePos pos, String keyword, Expr value, boolean star) {
    }

    record Call(SourcePos pos, Expr callee, List<Arg> args) implements Expr {
    }

    /** {@code a[i]}, {@code a[i, j]}, {@code p[]}, and parameter application {@code List[Int]}. */
    record Index(SourcePos pos, Expr target, List<Arg> indices) implements Expr {
    }

    record Slice(SourcePos pos, Expr lower, Expr upper, Expr step) implements Expr {
    }

    record Binary(SourcePos pos, BinOp op, Expr left, Expr right) implements Expr {
    }

    record Unary(SourcePos pos, UnaryOp op, Expr operand) implements Expr {
    }

    /** A comparison chain {@code a < b <= c}: operands.size() == ops.size() + 1. */
    record Compare(SourcePos pos, List<Expr> operands, List<CompareOp> ops) implements Expr {
    }

    record Logical(SourcePos pos, boolean isAnd, Expr left, Expr right) implements Expr {
    }

    record Not(SourcePos pos, Expr operand) implements Expr {
    }

    record Conditional(SourcePos pos, Expr condition, Expr then, Expr otherwise) implements Expr {
    }

    /** The transfer sigil {@code x^}. */
    /** {@code (name := value)}: assigns the value to the variable (declaring it if new) and is that value. */
    record Walrus(SourcePos pos, String name, Expr value) implements Expr {
    }

    record Transfer(SourcePos pos, Expr value) implements Expr {
    }

    record ListLit(SourcePos pos, List<Expr> elements) implements Expr {
    }

    record TupleLit(SourcePos pos, List<Expr> elements) implements Expr {
    }

    record DictLit(SourcePos pos, List<Expr> keys, List<Expr> values) implements Expr {
    }

    record SetLit(SourcePos pos, List<Expr> elements) implements Expr {
    }

    /** 1.x {@code t"a{x}b"}: the text of its parts, string literals and the values of its replacement fields, one after another. */
    record TemplateString(SourcePos pos, List<Expr> parts) implements Expr {
    }

    /**
     * 1.x {@code lambda [params](args) {captures} raises -> T: body}: an anonymous function whose
     * body is one expression (its result, or with no result type, evaluated for its effect).
     */
    record Lambda(SourcePos pos, List<Stmt.TypeParam> typeParams, List<Stmt.Param> params, List<Stmt.Capture> captures,
                    Expr result, boolean raises, Expr body) implements Expr {
        /** The lambda as the function it means, named {@code name} (with the given decorators and extra compile-time parameters first). */
        public Stmt.FunctionDef asFunction(String name, List<Stmt.Decorator> decorators, List<Stmt.TypeParam> outerParams) {
            List<Stmt.TypeParam> all = new java.util.ArrayList<>(outerParams);
            all.addAll(typeParams);
            Stmt statement = result == null ? new Stmt.ExprStmt(body.pos(), body) : new Stmt.Return(body.pos(), body);
            return new Stmt.FunctionDef(pos, pos, name, decorators, all, params, captures, result, null, raises, null, true,
                            List.of(statement), true);
        }
    }

    /** 1.x {@code {name = value, ...}}: the arguments of a constructor of the type its context expects. */
    record InitList(SourcePos pos, List<Arg> args) implements Expr {
    }

    /**
     * {@code [element for x in xs if c]}, {@code {k: v for ...}} or {@code {e for ...}}: the
     * clauses as the loops and ifs they mean, nested in source order ({@code value} is null but for a dict).
     */
    record Comprehension(SourcePos pos, ComprehensionKind kind, Expr element, Expr value, List<Stmt> clauses) implements Expr {
    }

    enum ComprehensionKind {
        LIST, SET, DICT
    }

    record Ellipsis(SourcePos pos) implements Expr {
    }

    /** A function type {@code fn(Int, String) raises -> Bool} (in a type position). */
    record FnType(SourcePos pos, List<Expr> params, Expr result, boolean raises) implements Expr {
    }

    /**
     * Never produced by the parser: an operand the type checker has already checked, wrapped so an
     * operator can be desugared into an ordinary call ({@code a + b} into {@code a.__add__(b)}).
     */
    record Checked(SourcePos pos, Object payload) implements Expr {
    }

    enum BinOp {
        ADD("+", "__add__"), SUB("-", "__sub__"), MUL("*", "__mul__"), DIV("/", "__truediv__"),
        FLOORDIV("//", "__floordiv__"), MOD("%", "__mod__"), POW("**", "__pow__"), MATMUL("@", "__matmul__"),
        LSHIFT("<<", "__lshift__"), RSHIFT(">>", "__rshift__"), AND("&", "__and__"), OR("|", "__or__"), XOR("^", "__xor__");

        public final String symbol;
        public final String dunder;

        BinOp(String symbol, String dunder) {
            this.symbol = symbol;
            this.dunder = dunder;
        }

        /** The in-place dunder, e.g. {@code __iadd__}. */
        public String inplaceDunder() {
            return "__i" + dunder.substring(2);
        }

        /** The reflected dunder, e.g. {@code __radd__}. */
        public String reflectedDunder() {
            return "__r" + dunder.substring(2);
        }
    }

    enum UnaryOp {
        NEG("-", "__neg__"), POS("+", "__pos__"), INVERT("~", "__invert__");

        public final String symbol;
        public final String dunder;

        UnaryOp(String symbol, String dunder) {
            this.symbol = symbol;
            this.dunder = dunder;
        }
    }

    enum CompareOp {
        LT("<", "__lt__"), LE("<=", "__le__"), GT(">", "__gt__"), GE(">=", "__ge__"), EQ("==", "__eq__"), NE("!=", "__ne__"),
        IN("in", "__contains__"), NOT_IN("not in", "__contains__"), IS("is", "__is__"), IS_NOT("is not", "__isnot__");

        public final String symbol;
        public final String dunder;

        CompareOp(String symbol, String dunder) {
            this.symbol = symbol;
            this.dunder = dunder;
        }
    }
}
