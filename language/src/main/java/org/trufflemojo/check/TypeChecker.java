package org.trufflemojo.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.Diagnostics;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;

/**
 * Resolves the names of a module and type-checks it: first every declaration's signature (so
 * functions may call each other in any order), then every body, producing the typed tree.
 */
public final class TypeChecker {
    final Diagnostics diagnostics;
    /** Module-level names: Function lists (overloads), compile-time constants (TExpr.Const) and types. */
    final Map<String, Object> globals = new LinkedHashMap<>();
    final Map<String, List<Function>> functions = new HashMap<>();
    final Map<String, Stmt.AliasDef> pendingAliases = new HashMap<>();
    private final List<Function> allFunctions = new ArrayList<>();

    public TypeChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        globals.put("Int", Types.INT);
        globals.put("UInt", Types.UINT);
        globals.put("Float64", Types.FLOAT64);
        globals.put("Bool", Types.BOOL);
        globals.put("String", Types.STRING);
        globals.put("NoneType", Types.NONE);
        globals.put("IntLiteral", Types.INT_LITERAL);
        globals.put("FloatLiteral", Types.FLOAT_LITERAL);
        globals.put("StringLiteral", Types.STRING_LITERAL);
        globals.putAll(BuiltinModules.PRELUDE);
    }

    public Program check(List<Stmt> module) {
        for (Stmt s : module) {
            try {
                declare(s);
            } catch (CompileError e) {
                // already reported; go on with the next declaration
            }
        }
        for (Function f : allFunctions) {
            try {
                resolveSignature(f);
            } catch (CompileError e) {
                f.resultType = Types.ERROR;
            }
        }
        for (Function f : allFunctions) {
            new FunctionChecker(this, f).checkBody();
        }
        Function main = null;
        List<Function> mains = functions.get("main");
        if (mains != null && !mains.isEmpty()) {
            main = mains.get(0);
            if (!main.params.isEmpty()) {
                diagnostics.error(main.pos, "function 'main' must not take arguments");
            }
        }
        return new Program(allFunctions, main);
    }

    private void declare(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef fd -> {
                Function f = new Function(fd.name(), fd.namePos(), fd);
                if (globals.containsKey(fd.name()) && !(globals.get(fd.name()) instanceof List<?>)) {
                    diagnostics.error(fd.namePos(), "invalid redefinition of '" + fd.name() + "'");
                    throw new CompileError();
                }
                functions.computeIfAbsent(fd.name(), k -> {
                    List<Function> list = new ArrayList<>();
                    globals.put(k, list);
                    return list;
                }).add(f);
                allFunctions.add(f);
            }
            case Stmt.AliasDef ad -> {
                if (globals.containsKey(ad.name())) {
                    diagnostics.error(ad.pos(), "invalid redefinition of '" + ad.name() + "'");
                    throw new CompileError();
                }
                globals.put(ad.name(), evaluateAlias(ad));
            }
            case Stmt.Import im -> declareImport(im);
            case Stmt.Pass p -> {
            }
            case Stmt.ExprStmt es when es.expr() instanceof Expr.StrLit -> {
                // a module docstring
            }
            default -> {
                diagnostics.error(s.pos(), "this statement is not supported at module level yet");
                throw new CompileError();
            }
        }
    }

    private void declareImport(Stmt.Import im) {
        Map<String, Object> module = BuiltinModules.lookup(im.module());
        if (module == null) {
            diagnostics.error(im.pos(), "unable to locate module '" + im.module() + "'");
            throw new CompileError();
        }
        if (!im.from()) {
            return; // `import math` makes math.sqrt available; qualified names are resolved as attributes.
        }
        for (Stmt.ImportName n : im.names()) {
            Object value = module.get(n.name());
            if (value == null) {
                diagnostics.error(im.pos(), "package '" + im.module() + "' does not contain '" + n.name() + "'");
                throw new CompileError();
            }
            globals.put(n.alias() != null ? n.alias() : n.name(), value);
        }
    }

    /** Evaluates {@code alias NAME[: T] = value} at compile time. */
    private Object evaluateAlias(Stmt.AliasDef ad) {
        if (ad.value() == null) {
            diagnostics.error(ad.pos(), "alias '" + ad.name() + "' needs a value");
            throw new CompileError();
        }
        if (ad.value() instanceof Expr.Name n && globals.get(n.name()) instanceof Type t) {
            return t; // a type alias
        }
        FunctionChecker constants = FunctionChecker.forConstants(this);
        TExpr value = constants.expression(ad.value(), null);
        if (ad.type() != null) {
            Type t = resolveType(ad.type());
            value = constants.coerce(value, t, ad.value().pos());
        }
        if (value instanceof TExpr.Const c) {
            return c;
        }
        diagnostics.error(ad.value().pos(), "alias value must be a compile-time constant");
        throw new CompileError();
    }

    private void resolveSignature(Function f) {
        Stmt.FunctionDef fd = f.syntax;
        f.raises = fd.raises() || fd.isDef();
        f.resultType = fd.resultType() == null ? Types.NONE : resolveType(fd.resultType());
        int index = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Stmt.Param p : fd.params()) {
            if (!seen.add(p.name())) {
                diagnostics.error(p.pos(), "invalid redefinition of '" + p.name() + "'");
                continue;
            }
            warnDeprecatedConvention(p);
            if (p.type() == null) {
                diagnostics.error(p.pos(), "argument '" + p.name() + "' needs a type");
                throw new CompileError();
            }
            Type t = resolveType(p.type());
            boolean mutable = p.convention() != Stmt.Convention.READ;
            Local l = new Local(p.name(), t, p.pos(), p.convention(), index++, f.locals.size(), mutable);
            f.locals.add(l);
            f.params.add(l);
            f.paramTypes.add(t);
        }
    }

    private void warnDeprecatedConvention(Stmt.Param p) {
        String w = p.conventionWritten();
        if (w == null) {
            return;
        }
        String replacement = switch (w) {
            case "inout" -> "mut";
            case "borrowed" -> "read";
            case "owned" -> "var";
            default -> null;
        };
        if (replacement != null) {
            diagnostics.warning(p.pos(), "'" + w + "' has been deprecated, use '" + replacement + "' instead");
        }
    }

    /** Resolves a type expression such as {@code Int} or {@code String}. */
    Type resolveType(Expr e) {
        if (e instanceof Expr.NoneLit) {
            return Types.NONE;
        }
        if (e instanceof Expr.Name n) {
            Object v = globals.get(n.name());
            if (v instanceof Type t) {
                return t;
            }
            if (v == null) {
                diagnostics.error(e.pos(), "use of unknown declaration '" + n.name() + "'");
            } else {
                diagnostics.error(e.pos(), "'" + n.name() + "' is not a type");
            }
            throw new CompileError();
        }
        diagnostics.error(e.pos(), "unsupported type expression");
        throw new CompileError();
    }

}
