package org.trufflemojo.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.syntax.Stmt.Convention;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.typed.types.Type;

/**
 * 1.x closures: a nested function that uses variables of the enclosing function, as its capture
 * list says ({@code {imm a, mut b, var c}}, {@code {mut}} for all it uses; none written: {@code imm}).
 * Each captured variable becomes a hidden keyword parameter of the same name, which every call
 * passes: the variable itself ({@code imm}: read where it is, so later changes show; {@code mut}:
 * changed where it is), or for {@code var} the closure's own copy, made where the closure is
 * declared and kept for all its calls.
 */
final class Closures {
    /** The prefix of the hidden type names of the captured variables' types. */
    private static final String CAPTURED_TYPE = "(type of captured) ";

    private final FunctionContext ctx;
    private final Conventions conventions;

    Closures(FunctionContext ctx, Conventions conventions) {
        this.ctx = ctx;
        this.conventions = conventions;
    }

    /** A nested function made a closure: its declaration with the hidden parameters, their arguments, and the copies to make. */
    record Closure(Stmt.FunctionDef syntax, List<Expr.Arg> captureArgs, Map<String, Object> capturedTypes, List<TStmt> copies) {
    }

    /** A nested function as declared: the function, and the copies its {@code var} captures need made where it is declared. */
    record Declared(Function function, List<TStmt> copies) {
    }

    /**
     * Declares a function nested in the one being checked: it sees the enclosing function's
     * compile-time names (its parameters, aliases, nested functions) and captures its variables.
     */
    Declared declare(Stmt.FunctionDef fd) {
        Map<String, Object> names = new HashMap<>();
        if (ctx.function != null) {
            for (Map.Entry<String, Object> e : ctx.function.typeArgs.entrySet()) {
                if (e.getValue() instanceof Type || e.getValue() instanceof TExpr.Const || e.getValue() instanceof List<?>) {
                    names.put(e.getKey(), e.getValue());
                }
            }
        }
        List<Scope> chain = new ArrayList<>();
        for (Scope sc = ctx.scope; sc != null; sc = sc.parent) {
            chain.add(0, sc);
        }
        for (Scope sc : chain) {
            for (Map.Entry<String, Object> e : sc.names.entrySet()) {
                // alias width = 4, alias dtype = DType.float32, a nested function declared before
                if (e.getValue() instanceof Type || e.getValue() instanceof TExpr.Const || e.getValue() instanceof DTypeTuple
                                || e.getValue() instanceof List<?> fns && fns.stream().allMatch(f -> f instanceof Function g && g.captureArgs.isEmpty())) {
                    names.put(e.getKey(), e.getValue());
                }
            }
            names.putAll(sc.materializedAliases); // alias table = InlineArray[...](...)
        }
        if (ctx.function == null) {
            throw ctx.error(fd.pos(), "a function here is not supported yet: declare it at the top level of the module");
        }
        Closure closure = close(fd);
        names.putAll(closure.capturedTypes());
        Function nested = ctx.module.declareNested(closure.syntax(), ctx.function, names);
        nested.captureArgs = closure.captureArgs();
        return new Declared(nested, closure.copies());
    }

    Closure close(Stmt.FunctionDef fd) {
        Map<String, Convention> captured = capturedVariables(fd);
        List<Stmt.Param> params = new ArrayList<>(fd.params());
        List<Expr.Arg> args = new ArrayList<>();
        Map<String, Object> types = new LinkedHashMap<>();
        List<TStmt> copies = new ArrayList<>();
        for (Map.Entry<String, Convention> c : captured.entrySet()) {
            String name = c.getKey();
            Local outer = (Local) ctx.lookupGlobalOrLocal(name);
            SourcePos pos = fd.namePos();
            String passed = name;
            Convention convention = c.getValue();
            if (convention == Convention.VAR) {
                // the closure's own copy, made now and changed by its calls
                passed = "(" + fd.name() + "'s copy of " + name + ")";
                Local copy = ctx.newLocal(passed, outer.type, pos);
                ctx.scope.names.put(passed, copy);
                copies.add(new TStmt.WriteLocal(pos, copy, conventions.owned(new TExpr.ReadLocal(pos, outer.type, outer), pos), true));
                convention = Convention.MUT;
            }
            types.put(CAPTURED_TYPE + name, outer.type);
            params.add(new Stmt.Param(pos, name, convention, convention == Convention.MUT ? "mut" : null, null,
                            new Expr.Name(pos, CAPTURED_TYPE + name), null, Stmt.ParamKind.POSITIONAL, true, false));
            args.add(new Expr.Arg(pos, name, new Expr.Name(pos, passed), false));
        }
        Stmt.FunctionDef closed = new Stmt.FunctionDef(fd.pos(), fd.namePos(), fd.name(), fd.decorators(), fd.typeParams(), params, null,
                        fd.resultType(), fd.resultOrigin(), fd.raises(), fd.raisesType(), fd.isDef(), fd.body(), fd.hasBody());
        return new Closure(closed, args, types, copies);
    }

    /** The enclosing function's variables the nested function captures, and how. */
    private Map<String, Convention> capturedVariables(Stmt.FunctionDef fd) {
        Map<String, Convention> result = new LinkedHashMap<>();
        Convention others = Convention.READ;
        if (fd.captures() != null) {
            others = null;
            for (Stmt.Capture c : fd.captures()) {
                if (c.name() == null) {
                    others = c.convention();
                } else if (ctx.lookupGlobalOrLocal(c.name()) instanceof Local) {
                    result.put(c.name(), c.convention());
                } else {
                    throw ctx.error(c.pos(), "cannot capture '" + c.name() + "': it is not a variable of the enclosing function");
                }
            }
        }
        if (others != null) {
            Set<String> own = new LinkedHashSet<>();
            for (Stmt.Param p : fd.params()) {
                own.add(p.name());
            }
            UsedNames used = new UsedNames();
            used.statements(fd.body());
            own.addAll(used.declared);
            for (String name : used.names) {
                if (!own.contains(name) && !result.containsKey(name) && ctx.scope != null
                                && ctx.scope.lookup(name) instanceof Local l && !l.name.startsWith("(")) {
                    result.put(name, others);
                }
            }
        }
        return result;
    }

    /** The names a function body uses, and those it declares with {@code var}, its nested functions' included. */
    private static final class UsedNames {
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> declared = new LinkedHashSet<>();

        void statements(List<Stmt> body) {
            for (Stmt s : body) {
                statement(s);
            }
        }

        void statement(Stmt s) {
            switch (s) {
                case Stmt.VarDecl v -> {
                    declared.add(v.name());
                    expression(v.init());
                }
                case Stmt.RefDecl r -> {
                    declared.add(r.name());
                    expression(r.init());
                }
                case Stmt.Assign a -> {
                    a.targets().forEach(this::expression);
                    expression(a.value());
                }
                case Stmt.AugAssign a -> {
                    expression(a.target());
                    expression(a.value());
                }
                case Stmt.ExprStmt e -> expression(e.expr());
                case Stmt.If i -> {
                    expression(i.condition());
                    statements(i.then());
                    statements(i.otherwise());
                }
                case Stmt.While w -> {
                    expression(w.condition());
                    statements(w.body());
                    statements(w.otherwise());
                }
                case Stmt.For f -> {
                    declared.addAll(f.targets());
                    expression(f.iterable());
                    statements(f.body());
                    statements(f.otherwise());
                }
                case Stmt.Return r -> expression(r.value());
                case Stmt.Raise r -> expression(r.value());
                case Stmt.Try t -> {
                    statements(t.body());
                    for (Stmt.ExceptClause h : t.handlers()) {
                        if (h.name() != null) {
                            declared.add(h.name());
                        }
                        statements(h.body());
                    }
                    statements(t.otherwise());
                    statements(t.finallyBody());
                }
                case Stmt.With w -> {
                    for (Stmt.WithItem item : w.items()) {
                        expression(item.context());
                    }
                    statements(w.body());
                }
                case Stmt.FunctionDef f -> statements(f.body());
                default -> {
                    // declarations of other kinds use no variables
                }
            }
        }

        void arguments(List<Expr.Arg> args) {
            for (Expr.Arg a : args) {
                expression(a.value());
            }
        }

        void expression(Expr e) {
            switch (e) {
                case null -> {
                }
                case Expr.Name n -> names.add(n.name());
                case Expr.Attribute a -> expression(a.target());
                case Expr.Call c -> {
                    expression(c.callee());
                    arguments(c.args());
                }
                case Expr.Index i -> {
                    expression(i.target());
                    arguments(i.indices());
                }
                case Expr.Slice s -> {
                    expression(s.lower());
                    expression(s.upper());
                    expression(s.step());
                }
                case Expr.Binary b -> {
                    expression(b.left());
                    expression(b.right());
                }
                case Expr.Unary u -> expression(u.operand());
                case Expr.Compare c -> c.operands().forEach(this::expression);
                case Expr.Logical l -> {
                    expression(l.left());
                    expression(l.right());
                }
                case Expr.Not n -> expression(n.operand());
                case Expr.Conditional c -> {
                    expression(c.condition());
                    expression(c.then());
                    expression(c.otherwise());
                }
                case Expr.Transfer t -> expression(t.value());
                case Expr.ListLit l -> l.elements().forEach(this::expression);
                case Expr.TupleLit t -> t.elements().forEach(this::expression);
                case Expr.SetLit s -> s.elements().forEach(this::expression);
                case Expr.DictLit d -> {
                    d.keys().forEach(this::expression);
                    d.values().forEach(this::expression);
                }
                case Expr.InitList il -> arguments(il.args());
                case Expr.TemplateString ts -> ts.parts().forEach(this::expression);
                case Expr.Lambda l -> expression(l.body());
                case Expr.Comprehension c -> {
                    expression(c.element());
                    expression(c.value());
                    statements(c.clauses());
                }
                default -> {
                    // literals use no variables
                }
            }
        }
    }
}
