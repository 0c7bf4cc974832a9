package org.trufflemojo.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.core.PrimOp;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.core.Builtin;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.OptionalType;
import org.trufflemojo.typed.types.PointerType;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.TypeConstructor;
import org.trufflemojo.typed.types.Types;
import org.trufflemojo.typed.types.VectorType;

/**
 * Type-checks one function body into the typed tree: the statements (declarations, assignments,
 * control flow, raise/try/with). Expressions, calls and the built-in collections are checked by
 * the classes it extends: {@link ExpressionChecks}, {@link CallChecks}, {@link CollectionChecks}.
 */
final class FunctionChecker extends ExpressionChecks {

    FunctionChecker(TypeChecker module, Function function) {
        super(module, function);
    }

    /** A checker for compile-time expressions outside any function (aliases, default values). */
    static FunctionChecker forConstants(TypeChecker module) {
        FunctionChecker c = new FunctionChecker(module, null);
        c.functionScope = new Scope(null);
        c.scope = c.functionScope;
        return c;
    }

    void checkBody() {
        functionScope = new Scope(null);
        scope = functionScope;
        for (Local p : function.params) {
            functionScope.names.put(p.name, p);
        }
        if (function.outParam != null) {
            functionScope.names.put(function.outParam.name, function.outParam);
        }
        List<TStmt> body = new ArrayList<>();
        int errorsBefore = diagnostics.errorCount();
        statements(function.syntax.body(), body);
        function.body = new TStmt.Block(function.syntax.pos(), body);
        boolean bodyHadErrors = diagnostics.errorCount() > errorsBefore; // a dropped statement may have been the return
        if (!bodyHadErrors && function.resultType != Types.NONE && function.resultType != Types.ERROR && function.outParam == null
                        && Completion.canCompleteNormally(function.body)) {
            diagnostics.error(function.syntax.namePos(), "missing return statement at the end of function '" + function.name
                            + "' with result type '" + function.resultType.name() + "'");
        }
    }

    // ================================================================ statements

    private void statements(List<Stmt> stmts, List<TStmt> out) {
        for (Stmt s : stmts) {
            try {
                TStmt t = statement(s);
                if (t != null) {
                    out.add(t);
                }
            } catch (CompileError e) {
                // reported; continue with the next statement so all errors of the file are found
            }
        }
    }

    private TStmt block(List<Stmt> stmts, SourcePos pos) {
        Scope saved = scope;
        scope = new Scope(scope);
        try {
            List<TStmt> out = new ArrayList<>();
            statements(stmts, out);
            return new TStmt.Block(pos, out);
        } finally {
            scope = saved;
        }
    }

    TStmt statement(Stmt s) {
        return switch (s) {
            case Stmt.VarDecl v -> varDecl(v);
            case Stmt.Assign a -> assign(a);
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.ExprStmt e -> exprStatement(e);
            case Stmt.If i -> ifStatement(i);
            case Stmt.While w -> whileStatement(w);
            case Stmt.For f -> forStatement(f);
            case Stmt.Break b -> {
                if (loopDepth == 0) {
                    throw error(b.pos(), "'break' is only valid inside a loop");
                }
                yield new TStmt.Break(b.pos());
            }
            case Stmt.Continue c -> {
                if (loopDepth == 0) {
                    throw error(c.pos(), "'continue' is only valid inside a loop");
                }
                yield new TStmt.Continue(c.pos());
            }
            case Stmt.Pass p -> null;
            case Stmt.Raise r -> raiseStatement(r);
            case Stmt.Try t -> tryStatement(t);
            case Stmt.With w -> withStatement(w);
            case Stmt.Return r -> returnStatement(r);
            case Stmt.FunctionDef fd -> {
                Function nested = module.declareNested(fd);
                declareName(fd.namePos(), fd.name(), new ArrayList<>(List.of(nested)));
                yield null;
            }
            case Stmt.RefDecl r -> refDecl(r);
            case Stmt.AliasDef a -> {
                declareName(a.pos(), a.name(), localAlias(a));
                yield null;
            }
            case Stmt.Import im -> {
                localImport(im);
                yield null;
            }
            default -> throw error(s.pos(), "this statement is not supported yet");
        };
    }

    /** {@code import m} / {@code from m import a} inside a function: the names are local to its block. */
    private void localImport(Stmt.Import im) {
        Map<String, Object> members = BuiltinModules.lookup(im.module());
        if (members == null) {
            throw error(im.pos(), "inside a function, only standard-library modules can be imported yet; import '" + im.module()
                            + "' at the top of the file");
        }
        if (!im.from()) {
            String bound = im.alias() != null ? im.alias() : im.module().contains(".") ? im.module().substring(0, im.module().indexOf('.')) : im.module();
            declareName(im.pos(), bound, new ModuleNamespace(im.module(), members));
            return;
        }
        for (Stmt.ImportName n : im.names()) {
            Object value = members.get(n.name());
            if (value == null) {
                throw error(im.pos(), "package '" + im.module() + "' does not contain '" + n.name() + "'");
            }
            declareName(im.pos(), n.alias() != null ? n.alias() : n.name(), value);
        }
    }

    private Object localAlias(Stmt.AliasDef a) {
        if (a.value() == null) {
            throw error(a.pos(), "alias '" + a.name() + "' needs a value");
        }
        TExpr value = expression(a.value(), null);
        if (a.type() != null) {
            value = coerce(value, resolveType(a.type()), a.value().pos());
        }
        TExpr.Const folded = ConstantFolder.fold(value);
        if (folded == null) {
            throw error(a.value().pos(), "alias value must be a compile-time constant");
        }
        return folded;
    }

    void declareName(SourcePos pos, String name, Object value) {
        if (scope.names.containsKey(name)) {
            throw error(pos, "invalid redefinition of '" + name + "'");
        }
        scope.names.put(name, value);
    }

    Local newLocal(String name, Type type, SourcePos pos) {
        Local l = new Local(name, type, pos, null, -1, function.locals.size(), true);
        function.locals.add(l);
        return l;
    }

    private TStmt varDecl(Stmt.VarDecl v) {
        if (scope.names.containsKey(v.name())) {
            throw error(v.pos(), "invalid redefinition of '" + v.name() + "'");
        }
        if (v.init() instanceof Expr.Call call && call.callee() instanceof Expr.Name sn && lookupGlobalOrLocal(sn.name()) == TypeConstructor.SPAN) {
            // `var s = Span(list)`: s views the list's elements (like a ref binding, it keeps the list alive).
            refDecl(new Stmt.RefDecl(v.pos(), v.name(), call));
            return null;
        }
        Type type = v.type() == null ? null : resolveType(v.type());
        TExpr init = null;
        if (v.init() != null) {
            try {
                init = expression(v.init(), type);
            } catch (CompileError e) {
                // Declare the name anyway (with an unknown type) so its later uses report nothing more.
                Local broken = newLocal(v.name(), type != null ? type : Types.ERROR, v.pos());
                scope.names.put(v.name(), broken);
                throw e;
            }
            if (type == null) {
                type = valueType(init, v.init().pos());
            }
            init = owned(coerce(init, type, v.init().pos()), v.init().pos());
        }
        if (type == null) {
            throw error(v.pos(), "variable '" + v.name() + "' needs a type or an initial value");
        }
        Local l = newLocal(v.name(), type, v.pos());
        scope.names.put(v.name(), l);
        return init == null ? null : new TStmt.WriteLocal(v.pos(), l, init, true);
    }

    /** The type a new variable takes from its initializer. */
    private Type valueType(TExpr init, SourcePos pos) {
        Type t = Types.materialize(init.type());
        if (t == Types.NONE) {
            throw error(pos, "cannot create a variable of type 'None'");
        }
        return t;
    }

    private TStmt assign(Stmt.Assign a) {
        if (a.targets().size() != 1) {
            throw error(a.pos(), "chained assignment is not supported yet");
        }
        Expr target = a.targets().get(0);
        if (target instanceof Expr.TupleLit names) {
            return unpack(a, names);
        }
        if (target instanceof Expr.Name n) {
            if (n.name().equals("_")) {
                // `_ = x` is a use of x (it extends x's lifetime to here); an rvalue is destroyed at once.
                return new TStmt.Eval(a.pos(), borrowed(expression(a.value(), null), a.value().pos()));
            }
            Object found = scope.lookup(n.name());
            if (found == null) {
                TExpr value = expression(a.value(), null);
                Type type = valueType(value, a.value().pos());
                Local l = newLocal(n.name(), type, n.pos());
                functionScope.names.put(n.name(), l);
                return new TStmt.WriteLocal(a.pos(), l, owned(coerce(value, type, a.value().pos()), a.value().pos()), true);
            }
            if (found instanceof Local l) {
                checkAssignable(l, n.pos());
                TExpr value = owned(coerce(expression(a.value(), l.type), l.type, a.value().pos()), a.value().pos());
                return new TStmt.WriteLocal(a.pos(), l, value, false);
            }
            if (found instanceof RefAlias ref) {
                return assignPlace(a.pos(), reposition(ref.place(), n.pos()), a.value());
            }
            throw error(n.pos(), "expression must be mutable in assignment");
        }
        if (target instanceof Expr.Attribute at) {
            TExpr object = expression(at.target(), null);
            StructType.Field field = field(object, at);
            requireMutablePlace(object, at.pos());
            TExpr value = owned(coerce(expression(a.value(), field.type()), field.type(), a.value().pos()), a.value().pos());
            return new TStmt.WriteField(a.pos(), object, field, value);
        }
        if (target instanceof Expr.Index ix) {
            TExpr object = expression(ix.target(), null);
            if (object.type() instanceof VectorType vt) {
                requireMutablePlace(object, ix.pos());
                TExpr value = coerce(expression(a.value(), vt.element), vt.element, a.value().pos());
                TExpr lane = intArg(ix.indices().get(0).value());
                return new TStmt.Eval(a.pos(), inPlace(object, v -> new TExpr.VectorOp(a.pos(), Types.NONE, TExpr.VectorOpKind.SET, vt, null, List.of(v, lane, value))));
            }
            if (object.type() instanceof DictType dt) {
                requireMutablePlace(object, ix.pos());
                TExpr key = owned(coerce(expression(ix.indices().get(0).value(), dt.key), dt.key, ix.pos()), ix.pos());
                TExpr value = owned(coerce(expression(a.value(), dt.value), dt.value, a.value().pos()), a.value().pos());
                return new TStmt.Eval(a.pos(), inPlace(object, d -> new TExpr.DictOp(a.pos(), Types.NONE, "set", dt, List.of(d, key, value))));
            }
            if (object.type() instanceof ListType lt) {
                requireMutablePlace(object, ix.pos());
                TExpr index = intArg(ix.indices().get(0).value());
                TExpr value = owned(coerce(expression(a.value(), lt.element), lt.element, a.value().pos()), a.value().pos());
                return new TStmt.Eval(a.pos(), listOp(a.pos(), Types.NONE, TExpr.ListOpKind.SET, lt, object, index, value));
            }
            if (object.type() instanceof PointerType pt) {
                requireStorable(pt.pointee, ix.pos());
                TExpr index = ix.indices().isEmpty() ? intConst(ix.pos(), 0) : intArg(ix.indices().get(0).value());
                TExpr address = new TExpr.Memory(ix.pos(), pt, TExpr.MemoryOp.OFFSET, pt.pointee, List.of(object, index));
                TExpr value = owned(coerce(expression(a.value(), pt.pointee), pt.pointee, a.value().pos()), a.value().pos());
                return new TStmt.Eval(a.pos(), new TExpr.Memory(a.pos(), Types.NONE, TExpr.MemoryOp.ASSIGN, pt.pointee, List.of(address, value)));
            }
            if (object.type() instanceof StructType st && st.methods("__setitem__").isEmpty() && !st.methods("__getitem__").isEmpty()) {
                TExpr target2 = expression(target, null);
                if (target2 instanceof TExpr.RefTarget rt) {
                    requireMutablePlace(rt, ix.pos());
                    TExpr value = owned(coerce(expression(a.value(), rt.type()), rt.type(), a.value().pos()), a.value().pos());
                    return new TStmt.Eval(a.pos(), new TExpr.RefStore(a.pos(), Types.NONE, rt, value));
                }
            }
            if (object.type() instanceof StructType st && !st.methods("__setitem__").isEmpty()) {
                requireMutablePlace(object, ix.pos());
                List<Expr.Arg> args = new ArrayList<>(ix.indices());
                args.add(new Expr.Arg(a.value().pos(), null, a.value(), false));
                return new TStmt.Eval(a.pos(), methodCall(ix.pos(), object, st, "__setitem__", args));
            }
            throw error(ix.pos(), "'" + object.type().name() + "' does not support item assignment");
        }
        if (target instanceof Expr.Call) {
            TExpr place = expression(target, null);
            if (place instanceof TExpr.RefTarget rt) {
                requireMutablePlace(rt, target.pos());
                TExpr value = owned(coerce(expression(a.value(), rt.type()), rt.type(), a.value().pos()), a.value().pos());
                return new TStmt.Eval(a.pos(), new TExpr.RefStore(a.pos(), Types.NONE, rt, value));
            }
            if (place instanceof TExpr.Deref) {
                return assignPlace(a.pos(), place, a.value()); // a reference into native memory, e.g. d.setdefault(k, v) = w
            }
        }
        throw error(target.pos(), "unsupported assignment target");
    }

    private TStmt assignPlace(SourcePos pos, TExpr place, Expr value) {
        requireMutablePlace(place, pos);
        return storePlace(pos, place, owned(coerce(expression(value, place.type()), place.type(), value.pos()), value.pos()));
    }

    private static TStmt storePlace(SourcePos pos, TExpr place, TExpr value) {
        if (place instanceof TExpr.ReadLocal rl) {
            return new TStmt.WriteLocal(pos, rl.local(), value, false);
        }
        if (place instanceof TExpr.ListElement le) {
            ListType lt = (ListType) le.list().type();
            return new TStmt.Eval(pos, new TExpr.ListOp(pos, Types.NONE, TExpr.ListOpKind.SET, lt, List.of(le.list(), le.index(), value)));
        }
        if (place instanceof TExpr.Deref d) {
            PointerType pt = PointerType.of(d.type());
            TExpr address = new TExpr.Memory(pos, pt, TExpr.MemoryOp.OFFSET, d.type(), List.of(d.pointer(), d.index()));
            return new TStmt.Eval(pos, new TExpr.Memory(pos, Types.NONE, TExpr.MemoryOp.ASSIGN, d.type(), List.of(address, value)));
        }
        TExpr.FieldRead fr = (TExpr.FieldRead) place;
        return new TStmt.WriteField(pos, fr.object(), fr.field(), value);
    }

    private void checkAssignable(Local l, SourcePos pos) {
        if (!l.mutable) {
            throw error(pos, "expression must be mutable in assignment (argument '" + l.name + "' is read-only)");
        }
    }

    private TStmt augAssign(Stmt.AugAssign a) {
        if (a.target() instanceof Expr.Index ix) {
            TExpr object = expression(ix.target(), null);
            if (object.type() instanceof DictType dt) {
                requireMutablePlace(object, ix.pos());
                TExpr current = dictElement(ix.pos(), object, dt, expression(ix.indices().get(0).value(), dt.key));
                TExpr result = owned(coerce(binary(a.pos(), a.op(), current, expression(a.value(), dt.value)), dt.value, a.pos()), a.pos());
                TExpr key = owned(coerce(expression(ix.indices().get(0).value(), dt.key), dt.key, ix.pos()), ix.pos());
                return new TStmt.Eval(a.pos(), inPlace(object, d -> new TExpr.DictOp(a.pos(), Types.NONE, "set", dt, List.of(d, key, result))));
            }
            if (object.type() instanceof ListType lt) {
                requireMutablePlace(object, ix.pos());
                TExpr index = intArg(ix.indices().get(0).value());
                TExpr current = new TExpr.ListElement(ix.pos(), lt.element, object, index);
                TExpr result = coerce(binary(a.pos(), a.op(), current, expression(a.value(), lt.element)), lt.element, a.pos());
                // The index is evaluated twice; that is only observable if it has side effects, which plain indices do not.
                return new TStmt.Eval(a.pos(), listOp(a.pos(), Types.NONE, TExpr.ListOpKind.SET, lt, object, intArg(ix.indices().get(0).value()),
                                owned(result, a.pos())));
            }
            if (object.type() instanceof PointerType pt) {
                requireStorable(pt.pointee, ix.pos());
                TExpr index = ix.indices().isEmpty() ? intConst(ix.pos(), 0) : intArg(ix.indices().get(0).value());
                TExpr current = new TExpr.Deref(ix.pos(), pt.pointee, object, index);
                TExpr result = coerce(binary(a.pos(), a.op(), current, expression(a.value(), pt.pointee)), pt.pointee, a.pos());
                TExpr address = new TExpr.Memory(ix.pos(), pt, TExpr.MemoryOp.OFFSET, pt.pointee, List.of(object, index));
                return new TStmt.Eval(a.pos(), new TExpr.Memory(a.pos(), Types.NONE, TExpr.MemoryOp.ASSIGN, pt.pointee, List.of(address, owned(result, a.pos()))));
            }
            if (object.type() instanceof StructType st && !st.methods("__setitem__").isEmpty()) {
                // obj[i] op= v  is  obj.__setitem__(i, obj.__getitem__(i) op v)
                requireMutablePlace(object, ix.pos());
                List<Expr.Arg> args = new ArrayList<>(ix.indices());
                Expr combined = new Expr.Binary(a.pos(), a.op(), ix, a.value());
                args.add(new Expr.Arg(a.value().pos(), null, combined, false));
                return new TStmt.Eval(a.pos(), methodCall(ix.pos(), object, st, "__setitem__", args));
            }
            if (object.type() instanceof StructType && expression(ix, null) instanceof TExpr.RefTarget rt) {
                requireMutablePlace(rt, ix.pos());
                TExpr result = coerce(binary(a.pos(), a.op(), rt, expression(a.value(), rt.type())), rt.type(), a.pos());
                return new TStmt.Eval(a.pos(), new TExpr.RefStore(a.pos(), Types.NONE, rt, owned(result, a.pos())));
            }
        }
        if (a.target() instanceof Expr.Call call) {
            TExpr place = expression(call, null);
            if (place instanceof TExpr.Deref d) {
                // A reference into native memory (d.setdefault(k, v) += w): its address is computed once.
                PointerType pt = PointerType.of(d.type());
                Local address = newLocal("(address)", pt, a.pos());
                TExpr computeAddress = new TExpr.Temp(a.pos(), pt, address, new TExpr.Memory(a.pos(), pt, TExpr.MemoryOp.OFFSET, d.type(),
                                List.of(d.pointer(), d.index())));
                TExpr current = new TExpr.Deref(a.pos(), d.type(), new TExpr.ReadLocal(a.pos(), pt, address), intConst(a.pos(), 0));
                TExpr result = coerce(binary(a.pos(), a.op(), current, expression(a.value(), d.type())), d.type(), a.pos());
                return new TStmt.Eval(a.pos(), new TExpr.Memory(a.pos(), Types.NONE, TExpr.MemoryOp.ASSIGN, d.type(), List.of(computeAddress,
                                owned(result, a.pos()))));
            }
            if (place instanceof TExpr.RefTarget rt) {
                requireMutablePlace(rt, call.pos());
                TExpr result = coerce(binary(a.pos(), a.op(), rt, expression(a.value(), rt.type())), rt.type(), a.pos());
                return new TStmt.Eval(a.pos(), new TExpr.RefStore(a.pos(), Types.NONE, rt, owned(result, a.pos())));
            }
        }
        if (a.target() instanceof Expr.Name n) {
            Object found = lookup(n);
            if (found instanceof Local l && l.type instanceof StructType st && !st.methods(a.op().inplaceDunder()).isEmpty()) {
                // `x += y` on a struct with __iadd__: mutates x in place.
                checkAssignable(l, n.pos());
                return new TStmt.Eval(a.pos(), methodCall(a.pos(), new TExpr.ReadLocal(n.pos(), st, l), st, a.op().inplaceDunder(),
                                List.of(new Expr.Arg(a.value().pos(), null, a.value(), false))));
            }
            if (found instanceof Local l && l.type == Types.STRING && a.op() == Expr.BinOp.ADD) {
                checkAssignable(l, n.pos());
                return appendInPlace(a, new TExpr.ReadLocal(n.pos(), l.type, l));
            }
            if (found instanceof RefAlias ref) {
                TExpr place = reposition(ref.place(), n.pos());
                requireMutablePlace(place, n.pos());
                TExpr result = binary(a.pos(), a.op(), place, expression(a.value(), place.type()));
                return storePlace(a.pos(), place, owned(coerce(result, place.type(), a.pos()), a.pos()));
            }
            if (found instanceof Local l) {
                checkAssignable(l, n.pos());
                TExpr current = new TExpr.ReadLocal(n.pos(), l.type, l);
                TExpr rhs = expression(a.value(), l.type);
                TExpr result = binary(a.pos(), a.op(), current, rhs);
                return new TStmt.WriteLocal(a.pos(), l, owned(coerce(result, l.type, a.pos()), a.pos()), false);
            }
            throw error(n.pos(), "expression must be mutable in assignment");
        }
        if (a.target() instanceof Expr.Attribute at) {
            TExpr object = expression(at.target(), null);
            StructType.Field field = field(object, at);
            requireMutablePlace(object, at.pos());
            TExpr current = new TExpr.FieldRead(at.pos(), field.type(), object, field);
            if (field.type() == Types.STRING && a.op() == Expr.BinOp.ADD && isPlace(current)) {
                return appendInPlace(a, current);
            }
            TExpr result = binary(a.pos(), a.op(), current, expression(a.value(), field.type()));
            return new TStmt.WriteField(a.pos(), object, field, owned(coerce(result, field.type(), a.pos()), a.pos()));
        }
        if (a.target() instanceof Expr.Call) {
            TExpr place = expression(a.target(), null);
            if (place instanceof TExpr.RefTarget rt) {
                requireMutablePlace(rt, a.target().pos());
                TExpr result = coerce(binary(a.pos(), a.op(), rt, expression(a.value(), rt.type())), rt.type(), a.pos());
                return new TStmt.Eval(a.pos(), new TExpr.RefStore(a.pos(), Types.NONE, rt, owned(result, a.pos())));
            }
        }
        throw error(a.target().pos(), "unsupported assignment target");
    }

    /** {@code s += t} on a String: appends to s's own buffer (amortized linear, no new string). */
    private TStmt appendInPlace(Stmt.AugAssign a, TExpr place) {
        TExpr value = expression(a.value(), Types.STRING);
        if (!Types.isStringLike(value.type())) {
            throw error(a.value().pos(), "cannot implicitly convert '" + value.type().name() + "' value to 'String'");
        }
        TExpr text = borrowedString(value, a.value().pos());
        return new TStmt.Eval(a.pos(), inPlace(place, p -> new TExpr.Prim(a.pos(), Types.NONE, PrimOp.STR_APPEND, List.of(p, text))));
    }

    private TStmt exprStatement(Stmt.ExprStmt e) {
        if (e.expr() instanceof Expr.StrLit) {
            return null; // docstring
        }
        if (e.expr() instanceof Expr.Call c && c.callee() instanceof Expr.Name n && lookupGlobalOrLocal(n.name()) == Builtin.PRINT) {
            return print(c);
        }
        // A discarded value still has to be destroyed: a temporary that is never used dies at once.
        return new TStmt.Eval(e.pos(), borrowed(expression(e.expr(), null), e.expr().pos()));
    }

    private TStmt print(Expr.Call c) {
        List<TExpr> values = new ArrayList<>();
        TExpr sep = null;
        TExpr end = null;
        for (Expr.Arg arg : c.args()) {
            if (arg.keyword() == null) {
                values.add(printable(expression(arg.value(), null), arg.value().pos()));
            } else if (arg.keyword().equals("sep")) {
                sep = borrowedString(expression(arg.value(), Types.STRING), arg.value().pos());
            } else if (arg.keyword().equals("end")) {
                end = borrowedString(expression(arg.value(), Types.STRING), arg.value().pos());
            } else if (arg.keyword().equals("flush") || arg.keyword().equals("file")) {
                expression(arg.value(), null);
            } else {
                throw error(arg.pos(), "invalid call to 'print': unknown keyword argument '" + arg.keyword() + "'");
            }
        }
        return new TStmt.Print(c.pos(), values, sep, end);
    }

    /** A value that can be written by print / String(...): materialized to its run-time type. */
    TExpr printable(TExpr value, SourcePos pos) {
        Type t = Types.materialize(value.type());
        if (t == Types.INT || t == Types.UINT || t == Types.FLOAT64 || t == Types.BOOL || t == Types.STRING || t == Types.NONE) {
            return borrowed(coerce(value, t, pos), pos);
        }
        if (t == Types.ERROR_VALUE || t instanceof ScalarType || t instanceof VectorType) {
            return value;
        }
        if (t instanceof ListType lt) {
            return borrowed(listString(pos, value, lt), pos);
        }
        if (t instanceof DictType dt) {
            return borrowed(new TExpr.DictOp(pos, Types.STRING, "str", dt, List.of(borrowed(value, pos))), pos);
        }
        if (t instanceof StructType st) {
            Function method = textMethod(st, pos);
            return new TExpr.Stringify(pos, Types.STRING, borrowed(value, pos), method);
        }
        throw error(pos, "'" + t.name() + "' does not implement the 'Writable' trait");
    }

    /** The {@code write_to} or {@code __str__} method that writes a struct as text. */
    Function textMethod(StructType st, SourcePos pos) {
        for (Function f : st.methods("write_to")) {
            if (f.params.size() == 2 && f.params.get(1).type == Types.WRITER) {
                return f;
            }
        }
        for (Function f : st.methods("__str__")) {
            if (f.params.size() == 1 && f.resultType == Types.STRING) {
                return f;
            }
        }
        throw error(pos, "'" + st.name() + "' does not implement the 'Writable' or 'Stringable' trait");
    }

    private TStmt ifStatement(Stmt.If i) {
        TExpr cond = condition(i.condition());
        if (i.compileTime()) {
            // @parameter if: only the branch the constant condition selects is checked and kept.
            TExpr.Const value = ConstantFolder.fold(cond);
            if (value == null) {
                throw error(i.condition().pos(), "'@parameter if' needs a condition known at compile time");
            }
            if ((Boolean) value.value()) {
                return block(i.then(), i.pos());
            }
            return i.otherwise().isEmpty() ? null : block(i.otherwise(), i.pos());
        }
        TStmt then = block(i.then(), i.pos());
        TStmt otherwise = i.otherwise().isEmpty() ? null : block(i.otherwise(), i.pos());
        return new TStmt.If(i.pos(), cond, then, otherwise);
    }

    private TStmt whileStatement(Stmt.While w) {
        TExpr cond = condition(w.condition());
        TStmt body = loopBody(w.body(), w.pos());
        TStmt otherwise = w.otherwise().isEmpty() ? null : block(w.otherwise(), w.pos());
        return new TStmt.While(w.pos(), cond, body, otherwise);
    }

    private TStmt forStatement(Stmt.For f) {
        Expr iterable = f.iterable();
        // `reversed(range(...))`: the same values, last first.
        boolean backward = iterable instanceof Expr.Call rc && rc.callee() instanceof Expr.Name rn && lookupGlobalOrLocal(rn.name()) == Builtin.REVERSED
                        && rc.args().size() == 1 && rc.args().get(0).value() instanceof Expr.Call inner && inner.callee() instanceof Expr.Name in
                        && lookupGlobalOrLocal(in.name()) == Builtin.RANGE;
        if (backward) {
            iterable = ((Expr.Call) iterable).args().get(0).value();
        }
        if (!(iterable instanceof Expr.Call call && call.callee() instanceof Expr.Name n && lookupGlobalOrLocal(n.name()) == Builtin.RANGE)) {
            return forList(f);
        }
        if (f.compileTime() && !backward) {
            TStmt unrolled = unroll(f, call);
            if (unrolled != null) {
                return unrolled;
            }
        }
        if (f.targets().size() != 1) {
            throw error(f.pos(), "a 'range' loop has one loop variable");
        }
        List<TExpr> args = new ArrayList<>();
        for (Expr.Arg a : call.args()) {
            if (a.keyword() != null) {
                throw error(a.pos(), "invalid call to 'range': unexpected keyword argument '" + a.keyword() + "'");
            }
            args.add(coerce(expression(a.value(), Types.INT), Types.INT, a.value().pos()));
        }
        if (args.isEmpty() || args.size() > 3) {
            throw error(call.pos(), "invalid call to 'range': expected 1 to 3 arguments, got " + args.size());
        }
        TExpr start = args.size() == 1 ? intConst(call.pos(), 0) : args.get(0);
        TExpr end = args.size() == 1 ? args.get(0) : args.get(1);
        TExpr step = args.size() == 3 ? args.get(2) : intConst(call.pos(), 1);
        Scope saved = scope;
        scope = new Scope(scope);
        Local endTemp = newLocal("(range end)", Types.INT, f.pos());
        Local stepTemp = newLocal("(range step)", Types.INT, f.pos());
        Local counter = newLocal("(range counter)", Types.INT, f.pos());
        Local variable = newLocal(f.targets().get(0), Types.INT, f.pos());
        scope.names.put(variable.name, variable);
        TStmt body;
        try {
            body = loopBody(f.body(), f.pos());
        } finally {
            scope = saved;
        }
        TStmt otherwise = f.otherwise().isEmpty() ? null : block(f.otherwise(), f.pos());
        return new TStmt.ForRange(f.pos(), variable, start, end, step, endTemp, stepTemp, counter, backward, body, otherwise);
    }

    /**
     * {@code @parameter for i in range(...)} with constant bounds: the body is checked once per
     * value, with i a compile-time constant (so {@code args[i]} of a pack has a type per element).
     * Returns null (an ordinary loop) when the bounds are not constants or the body jumps out.
     */
    private TStmt unroll(Stmt.For f, Expr.Call range) {
        List<Long> bounds = new ArrayList<>();
        for (Expr.Arg a : range.args()) {
            TExpr.Const k = a.keyword() == null ? ConstantFolder.fold(coerce(expressionQuietly(a.value(), Types.INT), Types.INT, a.pos())) : null;
            if (k == null) {
                return null;
            }
            bounds.add((Long) k.value());
        }
        if (bounds.isEmpty() || bounds.size() > 3 || containsJump(f.body())) {
            return null;
        }
        long start = bounds.size() == 1 ? 0 : bounds.get(0);
        long end = bounds.size() == 1 ? bounds.get(0) : bounds.get(1);
        long step = bounds.size() == 3 ? bounds.get(2) : 1;
        if (step == 0 || Math.abs((end - start) / step) > 256) {
            return null;
        }
        List<TStmt> out = new ArrayList<>();
        for (long i = start; step > 0 ? i < end : i > end; i += step) {
            Scope saved = scope;
            scope = new Scope(scope);
            try {
                scope.names.put(f.targets().get(0), new TExpr.Const(f.pos(), Types.INT, i));
                out.add(block(f.body(), f.pos()));
            } finally {
                scope = saved;
            }
        }
        return new TStmt.Block(f.pos(), out);
    }

    private static boolean containsJump(List<Stmt> body) {
        for (Stmt s : body) {
            boolean jump = switch (s) {
                case Stmt.Break b -> true;
                case Stmt.Continue c -> true;
                case Stmt.If i -> containsJump(i.then()) || containsJump(i.otherwise());
                case Stmt.Try t -> containsJump(t.body());
                case Stmt.With w -> containsJump(w.body());
                default -> false;
            };
            if (jump) {
                return true;
            }
        }
        return false;
    }

    /** A loop body: checked with break/continue allowed. */
    private TStmt loopBody(List<Stmt> body, SourcePos pos) {
        loopDepth++;
        try {
            return block(body, pos);
        } finally {
            loopDepth--;
        }
    }

    /** {@code for [ref] x in list}. */
    private TStmt forList(Stmt.For f) {
        boolean enumerate = f.iterable() instanceof Expr.Call ec && ec.callee() instanceof Expr.Name en
                        && lookupGlobalOrLocal(en.name()) == Builtin.ENUMERATE;
        if (enumerate) {
            Expr.Call ec = (Expr.Call) f.iterable();
            if (ec.args().size() != 1 || f.targets().size() != 2) {
                throw error(f.pos(), "write 'for i, x in enumerate(values)'");
            }
        }
        boolean backward = !enumerate && f.iterable() instanceof Expr.Call rc && rc.callee() instanceof Expr.Name rn
                        && lookupGlobalOrLocal(rn.name()) == Builtin.REVERSED;
        if (backward && ((Expr.Call) f.iterable()).args().size() != 1) {
            throw error(f.iterable().pos(), "'reversed' takes one value to iterate over");
        }
        TExpr iterable = expression(enumerate || backward ? ((Expr.Call) f.iterable()).args().get(0).value() : f.iterable(), null);
        if (iterable.type() instanceof DictType dt) {
            // A Dict iterates over (copies of) its keys.
            iterable = new TExpr.DictOp(iterable.pos(), ListType.of(dt.key), "keys", dt, List.of(borrowed(iterable, iterable.pos())));
        }
        if (Types.isStringLike(iterable.type())) {
            // A String iterates over its characters (code points), each a String.
            iterable = new TExpr.StringMethod(iterable.pos(), ListType.of(Types.STRING), "chars",
                            List.of(borrowedString(iterable, iterable.pos())));
        }
        if (backward && !(iterable.type() instanceof ListType)) {
            throw error(f.iterable().pos(), "'reversed' is supported for lists, strings and ranges only yet, not '" + iterable.type().name() + "'");
        }
        if (!(iterable.type() instanceof ListType lt)) {
            throw error(f.iterable().pos(), "'" + iterable.type().name() + "' is not iterable (only 'range' and lists are, yet)");
        }
        if (f.targets().size() != (enumerate ? 2 : 1)) {
            throw error(f.pos(), "a list loop has one loop variable");
        }
        Scope saved = scope;
        scope = new Scope(scope);
        Local index = newLocal(enumerate ? f.targets().get(0) : "(list index)", Types.INT, f.pos());
        if (enumerate) {
            scope.names.put(f.targets().get(0), index);
            f = new Stmt.For(f.pos(), List.of(f.targets().get(1)), f.byRef(), f.iterable(), f.body(), f.otherwise(), f.compileTime());
        }
        TExpr list = iterable;
        // A list that something else owns (a variable, an element of another list, a dict value, a
        // pointee, a tuple element) is iterated where it is; only a new list is held (and then destroyed) by a temporary.
        boolean owned = !isPlace(list) && !org.trufflemojo.typed.TExprs.isMemoryPlace(list)
                        && !org.trufflemojo.typed.TExprs.isObjectElementPlace(list) && !isView(list);
        if (owned) {
            Local temp = newLocal("(iterated list)", lt, f.iterable().pos());
            list = new TExpr.Temp(iterable.pos(), lt, temp, iterable);
        }
        TExpr listPlace = list instanceof TExpr.Temp t ? new TExpr.ReadLocal(t.pos(), lt, t.temp()) : list;
        Local variable = null;
        if (f.byRef()) {
            scope.names.put(f.targets().get(0), new RefAlias(new TExpr.ListElement(f.pos(), lt.element, listPlace,
                            new TExpr.ReadLocal(f.pos(), Types.INT, index))));
        } else {
            // The loop variable is a view of the element (READ): the list keeps owning it.
            variable = new Local(f.targets().get(0), lt.element, f.pos(), Stmt.Convention.READ, -1, function.locals.size(), false);
            function.locals.add(variable);
            scope.names.put(variable.name, variable);
        }
        TStmt body;
        try {
            body = loopBody(f.body(), f.pos());
        } finally {
            scope = saved;
        }
        TStmt otherwise = f.otherwise().isEmpty() ? null : block(f.otherwise(), f.pos());
        return new TStmt.ForList(f.pos(), variable, f.byRef(), list, index, backward, body, otherwise);
    }

    void checkMayRaise(SourcePos pos, String what) {
        if (function != null && !function.raises && catchingDepth == 0) {
            throw error(pos, what + " may raise, but '" + function.name + "' is not declared 'raises' and does not catch it");
        }
    }

    private TStmt raiseStatement(Stmt.Raise r) {
        if (r.value() == null) {
            throw error(r.pos(), "a bare 'raise' (re-raise) is not supported yet");
        }
        TExpr value = expression(r.value(), Types.ERROR_VALUE);
        if (Types.isStringLike(value.type())) {
            value = new TExpr.Format(value.pos(), Types.ERROR_VALUE, List.of(coerce(value, Types.STRING, value.pos())));
        } else if (value.type() != Types.ERROR_VALUE) {
            throw error(r.value().pos(), "cannot raise a value of type '" + value.type().name() + "': raise an 'Error'");
        }
        checkMayRaise(r.pos(), "'raise'");
        return new TStmt.Raise(r.pos(), value);
    }

    private TStmt tryStatement(Stmt.Try t) {
        if (t.handlers().size() > 1) {
            throw error(t.handlers().get(1).pos(), "only one 'except' clause is supported (Mojo has one error type)");
        }
        Stmt.ExceptClause clause = t.handlers().isEmpty() ? null : t.handlers().get(0);
        if (clause != null) {
            catchingDepth++;
        }
        TStmt body;
        try {
            body = block(t.body(), t.pos());
        } finally {
            if (clause != null) {
                catchingDepth--;
            }
        }
        Local error = null;
        TStmt handler = null;
        if (clause != null) {
            Scope saved = scope;
            scope = new Scope(scope);
            try {
                if (clause.name() != null) {
                    error = new Local(clause.name(), Types.ERROR_VALUE, clause.pos(), null, -1, function.locals.size(), true);
                    function.locals.add(error);
                    scope.names.put(clause.name(), error);
                }
                handler = block(clause.body(), clause.pos());
            } finally {
                scope = saved;
            }
        }
        TStmt otherwise = t.otherwise().isEmpty() ? null : block(t.otherwise(), t.pos());
        TStmt cleanup = t.finallyBody().isEmpty() ? null : block(t.finallyBody(), t.pos());
        return new TStmt.Try(t.pos(), body, error, handler, otherwise, cleanup);
    }

    /**
     * {@code with ctx as x: body} runs {@code x = ctx.__enter__()}, the body, and {@code ctx.__exit__()}
     * (also when the body raises). The context value lives in a hidden variable used by
     * {@code __exit__}, so it stays alive to the end of the block.
     */
    private TStmt withStatement(Stmt.With w) {
        if (w.items().size() != 1) {
            throw error(w.pos(), "only one context manager per 'with' is supported yet");
        }
        Stmt.WithItem item = w.items().get(0);
        if (item.context() instanceof Expr.Call ac && ac.callee() instanceof Expr.Name an && lookupGlobalOrLocal(an.name()) == Builtin.ASSERT_RAISES) {
            return assertRaises(w, ac);
        }
        TExpr context = expression(item.context(), null);
        if (!(context.type() instanceof StructType st)) {
            throw error(item.context().pos(), "'" + context.type().name() + "' is not a context manager (it needs __enter__ and __exit__)");
        }
        Scope saved = scope;
        scope = new Scope(scope);
        try {
            List<TStmt> out = new ArrayList<>();
            Local holder = newLocal("(with context)", st, item.context().pos());
            out.add(new TStmt.WriteLocal(w.pos(), holder, owned(context, item.context().pos()), true));
            TExpr held = new TExpr.ReadLocal(w.pos(), st, holder);
            TExpr enter = methodCall(w.pos(), held, st, "__enter__", List.of());
            if (item.name() != null) {
                Type t = valueType(enter, w.pos());
                Local bound = newLocal(item.name(), t, w.pos());
                scope.names.put(item.name(), bound);
                out.add(new TStmt.WriteLocal(w.pos(), bound, owned(enter, w.pos()), true));
            } else {
                out.add(new TStmt.Eval(w.pos(), borrowed(enter, w.pos())));
            }
            TStmt body = block(w.body(), w.pos());
            TStmt exit = new TStmt.Eval(w.pos(), borrowed(methodCall(w.pos(), new TExpr.ReadLocal(w.pos(), st, holder), st, "__exit__", List.of()),
                            w.pos()));
            out.add(new TStmt.Try(w.pos(), body, null, null, null, exit));
            return new TStmt.Block(w.pos(), out);
        } finally {
            scope = saved;
        }
    }

    /**
     * {@code with assert_raises(contains="text"):} - the block must raise an error (whose message
     * contains the text); otherwise the assertion raises.
     */
    private TStmt assertRaises(Stmt.With w, Expr.Call call) {
        checkMayRaise(w.pos(), "'assert_raises'");
        TExpr contains = null;
        for (Expr.Arg a : call.args()) {
            if ("contains".equals(a.keyword())) {
                contains = borrowedString(expression(a.value(), Types.STRING), a.pos());
            } else {
                throw error(a.pos(), "invalid call to 'assert_raises': expected only 'contains='");
            }
        }
        catchingDepth++;
        TStmt body;
        try {
            body = block(w.body(), w.pos());
        } finally {
            catchingDepth--;
        }
        Local error = newLocal("(raised error)", Types.ERROR_VALUE, w.pos());
        TStmt handler = new TStmt.Eval(w.pos(), new TExpr.StdlibCall(w.pos(), Types.NONE, Builtin.ASSERT_RAISES, contains == null
                        ? List.of(new TExpr.ReadLocal(w.pos(), Types.ERROR_VALUE, error))
                        : List.of(new TExpr.ReadLocal(w.pos(), Types.ERROR_VALUE, error), contains)));
        TStmt notRaised = new TStmt.Raise(w.pos(), new TExpr.Format(w.pos(), Types.ERROR_VALUE,
                        List.of(new TExpr.Const(w.pos(), Types.STRING, "AssertionError: Didn't raise at " + w.pos().line() + ":" + w.pos().column()))));
        return new TStmt.Try(w.pos(), body, error, handler, notRaised, null);
    }

    private TStmt returnStatement(Stmt.Return r) {
        Type result = function.resultType;
        if (r.value() == null || (r.value() instanceof Expr.NoneLit && !(result instanceof OptionalType))) {
            if (result != Types.NONE && result != Types.ERROR && function.outParam == null) {
                throw error(r.pos(), "return value of type '" + result.name() + "' expected");
            }
            return new TStmt.Return(r.pos(), null);
        }
        if (function.outParam != null) {
            throw error(r.value().pos(), "cannot return a value from a function with an 'out' argument");
        }
        TExpr value = expression(r.value(), result);
        if (result == Types.NONE) {
            throw error(r.value().pos(), "cannot return a value from a function without a result type");
        }
        if (function.returnsRef) {
            // A reference result: the place itself is handed out, not a copy. It must not point into
            // this function's own variables, which die when it returns.
            TExpr base = value;
            while (base instanceof TExpr.FieldRead fr) {
                base = fr.object();
            }
            if (base instanceof TExpr.ReadLocal rl && !rl.local().isParameter()) {
                throw error(r.value().pos(), "cannot return a reference to local variable '" + rl.local().name
                                + "': the reference would outlive its owner");
            }
            if (value instanceof TExpr.RefTarget rt) {
                return new TStmt.Return(r.pos(), rt.call()); // hand the reference on
            }
            return new TStmt.Return(r.pos(), new TExpr.MakeRef(r.value().pos(), result, coerce(value, result, r.value().pos())));
        }
        return new TStmt.Return(r.pos(), owned(coerce(value, result, r.value().pos()), r.value().pos()));
    }

}
