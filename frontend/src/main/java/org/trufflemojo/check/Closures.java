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
import org.trufflemojo.syntax.Dialect;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.typed.types.Type;

/**
 * Closures: a nested function that uses variables of the enclosing function, as its 1.x capture
 * list says ({@code {imm a, mut b, var c, d^}}, {@code {mut}} for all it uses); without one a
 * 25.x closure captures what it uses {@code mut}, a 1.x one {@code imm}. Captured variables are reached where they live, as every closure reaches them
 * ({@link CapturedVariable}): {@code imm} reads them (later changes show, writes are errors),
 * {@code mut} changes them; {@code var} (and {@code d^}, which moves) gives the closure its own
 * copy, made where the closure is declared and kept for all its calls.
 */
final class Closures {
    private final FunctionContext ctx;
    private final Expressions expressions;
    private final Conventions conventions;

    Closures(FunctionContext ctx, Expressions expressions, Conventions conventions) {
        this.ctx = ctx;
        this.expressions = expressions;
        this.conventions = conventions;
    }

    /** A nested function as declared: the function, and the copies its {@code var} captures need made where it is declared. */
    record Declared(Function function, List<TStmt> copies) {
    }

    /**
     * Declares a function nested in the one being checked: it sees the enclosing function's
     * compile-time names (its parameters, aliases, nested functions) and captures its variables.
     */
    Declared declare(Stmt.FunctionDef fd) {
        if (ctx.function == null) {
            throw ctx.error(fd.pos(), "a function here is not supported yet: declare it at the top level of the module");
        }
        Map<String, Object> names = new HashMap<>();
        for (Map.Entry<String, Object> e : ctx.function.typeArgs.entrySet()) {
            if (e.getValue() instanceof Type || e.getValue() instanceof TExpr.Const || e.getValue() instanceof List<?>) {
                names.put(e.getKey(), e.getValue());
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
                                || e.getValue() instanceof List<?> fns && fns.stream().allMatch(f -> f instanceof Function)) {
                    names.put(e.getKey(), e.getValue());
                }
            }
            names.putAll(sc.materializedAliases); // alias table = InlineArray[...](...)
        }
        List<TStmt> copies = new ArrayList<>();
        for (Map.Entry<String, Stmt.Capture> c : capturedVariables(fd).entrySet()) {
            String name = c.getKey();
            Object outer = ctx.lookupGlobalOrLocal(name);
            Local variable = outer instanceof CapturedVariable cv ? cv.local() : (Local) outer;
            Function owner = outer instanceof CapturedVariable cv ? cv.owner() : ctx.function;
            boolean readOnly = outer instanceof CapturedVariable cv && cv.readOnly();
            switch (c.getValue().convention()) {
                case VAR -> {
                    // the closure's own copy, made now (or moved in, for `d^`) and changed by its calls
                    SourcePos pos = c.getValue().pos();
                    Local copy = ctx.newLocal("(" + fd.name() + "'s copy of " + name + ")", variable.type, pos);
                    Expr source = new Expr.Name(pos, name);
                    TExpr value = expressions.expression(c.getValue().moved() ? new Expr.Transfer(pos, source) : source, null);
                    copies.add(new TStmt.WriteLocal(pos, copy, conventions.owned(value, pos), true));
                    names.put(name, new CapturedVariable(ctx.function, copy, false));
                }
                case MUT -> names.put(name, new CapturedVariable(owner, variable, readOnly));
                default -> names.put(name, new CapturedVariable(owner, variable, true));
            }
        }
        Function nested = ctx.module.declareNested(fd, ctx.function, names);
        return new Declared(nested, copies);
    }

    /** The enclosing function's variables the nested function captures, and how. */
    private Map<String, Stmt.Capture> capturedVariables(Stmt.FunctionDef fd) {
        Map<String, Stmt.Capture> result = new LinkedHashMap<>();
        // without a capture list, a 25.x closure changes what it uses where it is; a 1.x one only reads it
        Stmt.Capture others = new Stmt.Capture(fd.namePos(), null, ctx.module.dialect() == Dialect.MOJO_1 ? Convention.READ : Convention.MUT, false);
        if (fd.captures() != null) {
            others = null;
            for (Stmt.Capture c : fd.captures()) {
                if (c.name() == null) {
                    others = c;
                } else if (ctx.lookupGlobalOrLocal(c.name()) instanceof Local || ctx.lookupGlobalOrLocal(c.name()) instanceof CapturedVariable) {
                    result.put(c.name(), c);
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
            SyntaxWalk.walk(fd.body(), used);
            own.addAll(used.declared);
            for (String name : used.names) {
                Object outer = ctx.scope == null ? null : ctx.lookupGlobalOrLocal(name);
                if (!own.contains(name) && !result.containsKey(name)
                                && (outer instanceof Local l && !l.name.startsWith("(") || outer instanceof CapturedVariable)) {
                    result.put(name, new Stmt.Capture(others.pos(), name, others.convention(), false));
                }
            }
        }
        return result;
    }

    /** The names a function body uses, and those it declares, its nested functions' included. */
    private static final class UsedNames implements SyntaxWalk.Visitor {
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> declared = new LinkedHashSet<>();

        @Override
        public void expression(Expr e) {
            if (e instanceof Expr.Name n) {
                names.add(n.name());
            }
        }

        @Override
        public void declared(String name) {
            declared.add(name);
        }
    }
}
