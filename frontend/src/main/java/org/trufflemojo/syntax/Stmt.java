package org.trufflemojo.syntax;

import java.util.List;

import org.trufflemojo.source.SourcePos;

/** Statements and declarations of the syntax tree. A module is a list of statements. */
public sealed interface Stmt {
    SourcePos pos();

    /** {@code var name: type = init}; type and init may each be absent. */
    record VarDecl(SourcePos pos, String name, Expr type, Expr init) implements Stmt {
    }

    /** {@code ref name = init}: binds a reference. */
    record RefDecl(SourcePos pos, String name, Expr init) implements Stmt {
    }

    /** {@code a = b = value}; {@code declares}: the names are new variables ({@code var a, b = pair}, {@code var x = y = v}). */
    record Assign(SourcePos pos, List<Expr> targets, Expr value, boolean declares) implements Stmt {
    }

    record AugAssign(SourcePos pos, Expr.BinOp op, Expr target, Expr value) implements Stmt {
    }

    /** 1.x {@code assert condition[, message]} (a {@code debug_assert}); message may be null. */
    record Assert(SourcePos pos, Expr condition, Expr message) implements Stmt {
    }

    record ExprStmt(SourcePos pos, Expr expr) implements Stmt {
    }

    record If(SourcePos pos, Expr condition, List<Stmt> then, List<Stmt> otherwise, boolean compileTime) implements Stmt {
    }

    record While(SourcePos pos, Expr condition, List<Stmt> body, List<Stmt> otherwise) implements Stmt {
    }

    /** {@code for [ref] targets in iterable:}. */
    record For(SourcePos pos, List<String> targets, boolean byRef, Expr iterable, List<Stmt> body, List<Stmt> otherwise,
                    boolean compileTime) implements Stmt {
    }

    record Break(SourcePos pos) implements Stmt {
    }

    record Continue(SourcePos pos) implements Stmt {
    }

    record Pass(SourcePos pos) implements Stmt {
    }

    record Return(SourcePos pos, Expr value) implements Stmt {
    }

    record Raise(SourcePos pos, Expr value) implements Stmt {
    }

    record ExceptClause(SourcePos pos, String name, Expr type, List<Stmt> body) {
    }

    record Try(SourcePos pos, List<Stmt> body, List<ExceptClause> handlers, List<Stmt> otherwise, List<Stmt> finallyBody)
                    implements Stmt {
    }

    record WithItem(Expr context, String name) {
    }

    record With(SourcePos pos, List<WithItem> items, List<Stmt> body) implements Stmt {
    }

    record Decorator(SourcePos pos, String name, List<Expr.Arg> args) {
    }

    /** A compile-time parameter {@code [name: Type = default]}; {@code inferOnly} if before {@code //}. */
    record TypeParam(SourcePos pos, String name, Expr type, Expr defaultValue, boolean inferOnly, boolean keywordOnly,
                    boolean variadic) {
    }

    enum Convention {
        READ, MUT, VAR, OUT, REF, DEINIT;
    }

    enum ParamKind {
        POSITIONAL, VARIADIC, KEYWORDS
    }

    /**
     * A run-time parameter. {@code conventionWritten} is the spelling used (e.g. {@code inout}) or
     * null if none was written.
     */
    record Param(SourcePos pos, String name, Convention convention, String conventionWritten, Expr refOrigin, Expr type,
                    Expr defaultValue, ParamKind kind, boolean keywordOnly, boolean positionalOnly) {
    }

    /**
     * One entry of a 1.x closure's capture list {@code {imm a, mut b, var c}}: a variable of the
     * enclosing function and how the closure captures it; {@code name} is null for the default
     * convention of every other variable the body uses ({@code {mut}}); {@code moved} for
     * {@code d^}, a variable moved into the closure (a {@code var} capture that takes it).
     */
    record Capture(SourcePos pos, String name, Convention convention, boolean moved) {
    }

    /**
     * A function. {@code captures} is a nested function's capture list (null: none written).
     * {@code raisesType} is the error type of a typed {@code raises E} (1.x; {@code raises Never}
     * declares that it does not raise), or null for a bare {@code raises}.
     */
    record FunctionDef(SourcePos pos, SourcePos namePos, String name, List<Decorator> decorators, List<TypeParam> typeParams,
                    List<Param> params, List<Capture> captures, Expr resultType, Expr resultOrigin, boolean raises, Expr raisesType,
                    boolean isDef, List<Stmt> body, boolean hasBody) implements Stmt {
    }

    record StructDef(SourcePos pos, String name, List<Decorator> decorators, List<TypeParam> typeParams, List<Expr> traits,
                    List<Stmt> members) implements Stmt {
    }

    record TraitDef(SourcePos pos, String name, List<Decorator> decorators, List<Expr> parents, List<Stmt> members)
                    implements Stmt {
    }

    /** {@code alias name[params]: type = value} (also spelled {@code comptime}). */
    record AliasDef(SourcePos pos, String name, List<TypeParam> typeParams, Expr type, Expr value, List<Decorator> decorators) implements Stmt {
    }

    record ImportName(String name, String alias) {
    }

    /** {@code import a.b as c} (names empty) or {@code from a.b import x as y}. */
    record Import(SourcePos pos, String module, String alias, List<ImportName> names, boolean from) implements Stmt {
    }
}
