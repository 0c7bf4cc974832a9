package org.trufflemojo.check;

import java.util.ArrayList;
import java.util.List;

import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Type;

/**
 * List, set and dict comprehensions. {@code [e for x in xs if c]} means the loop
 * {@code for x in xs: if c: result.append(e)} into a new collection, which is its value; the
 * loop's names are local to it. The element type is that of {@code e} where the loop would
 * compute it, so the loop is checked once to learn it (its code discarded), then for real.
 */
final class Comprehensions {
    private static final String RESULT = "(comprehension)";
    private static final String PROBE = "(element)";
    private static final String PROBE_VALUE = "(value)";

    private final FunctionContext ctx;
    private Statements statements;
    private CollectionMethods collections;
    private Conventions conventions;

    Comprehensions(FunctionContext ctx) {
        this.ctx = ctx;
    }

    void wire(Statements statements, CollectionMethods collections, Conventions conventions) {
        this.statements = statements;
        this.collections = collections;
        this.conventions = conventions;
    }

    TExpr comprehension(Expr.Comprehension c) {
        if (ctx.function == null) {
            throw ctx.error(c.pos(), "a comprehension is evaluated when the program runs; it cannot be a compile-time value here");
        }
        SourcePos pos = c.pos();
        // 1. the types of the element (and value) where the innermost clause computes them
        List<Stmt> probe = new ArrayList<>(List.of(new Stmt.VarDecl(pos, PROBE, null, c.element())));
        if (c.value() != null) {
            probe.add(new Stmt.VarDecl(pos, PROBE_VALUE, null, c.value()));
        }
        int firstLocal = ctx.function.locals.size();
        int diagnostics = ctx.diagnostics.mark();
        inScope(() -> statements.statement(nest(c.clauses(), probe)));
        ctx.diagnostics.rollBack(diagnostics); // warnings: the real loop repeats them
        Type element = probeType(firstLocal, PROBE);
        // 2. the loop that fills the new collection
        TExpr empty = switch (c.kind()) {
            case LIST -> collections.newList(pos, ListType.of(element), List.of());
            case DICT -> collections.dictLiteral(new Expr.DictLit(pos, List.of(), List.of()), DictType.of(element, probeType(firstLocal, PROBE_VALUE)));
            case SET -> emptySet(pos, element);
        };
        Expr result = new Expr.Name(pos, RESULT);
        Stmt add = switch (c.kind()) {
            case LIST -> call(pos, result, "append", c.element());
            case SET -> call(pos, result, "add", c.element());
            case DICT -> new Stmt.Assign(pos, List.of(new Expr.Index(pos, result, List.of(new Expr.Arg(pos, null, c.element(), false)))), c.value(), false);
        };
        List<TStmt> code = new ArrayList<>();
        Local[] made = new Local[1];
        inScope(() -> {
            made[0] = ctx.newLocal(RESULT, empty.type(), pos);
            ctx.scope.names.put(RESULT, made[0]);
            code.add(new TStmt.WriteLocal(pos, made[0], empty, true));
            code.add(statements.statement(nest(c.clauses(), List.of(add))));
            return null;
        });
        TExpr value = new TExpr.Own(pos, empty.type(), new TExpr.ReadLocal(pos, empty.type(), made[0]), true);
        return new TExpr.Block(pos, empty.type(), new TStmt.Block(pos, code.stream().filter(s -> s != null).toList()), value);
    }

    /** The clauses as nested statements around the innermost body. */
    private static Stmt nest(List<Stmt> clauses, List<Stmt> body) {
        List<Stmt> inner = body;
        for (int i = clauses.size() - 1; i >= 0; i--) {
            Stmt s = switch (clauses.get(i)) {
                case Stmt.For f -> new Stmt.For(f.pos(), f.targets(), f.byRef(), f.iterable(), inner, List.of(), false);
                case Stmt.If f -> new Stmt.If(f.pos(), f.condition(), inner, List.of(), false);
                default -> throw new IllegalArgumentException("not a comprehension clause: " + clauses.get(i));
            };
            inner = List.of(s);
        }
        return inner.get(0);
    }

    private static Stmt call(SourcePos pos, Expr target, String method, Expr arg) {
        return new Stmt.ExprStmt(pos, new Expr.Call(pos, new Expr.Attribute(pos, target, method), List.of(new Expr.Arg(arg.pos(), null, arg, false))));
    }

    private Type probeType(int firstLocal, String name) {
        for (int i = ctx.function.locals.size() - 1; i >= firstLocal; i--) {
            if (ctx.function.locals.get(i).name.equals(name)) {
                return ctx.function.locals.get(i).type;
            }
        }
        throw new CompileError(); // (the element's error is reported)
    }

    private TExpr emptySet(SourcePos pos, Type element) {
        if (!(ctx.module.libraryMember("collections.set", "Set") instanceof StructTemplate template)) {
            throw ctx.error(pos, "set comprehensions need the standard library's collections.Set");
        }
        StructType st = ctx.module.instantiateStruct(template, List.of(element), pos);
        return collections.structLiteral(pos, st, "__set_literal__", List.of());
    }

    private <T> T inScope(java.util.function.Supplier<T> check) {
        Scope saved = ctx.scope;
        ctx.scope = new Scope(saved);
        try {
            return check.get();
        } finally {
            ctx.scope = saved;
        }
    }
}
