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
            SyntaxWalk.walk(fd.body(), used);
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
