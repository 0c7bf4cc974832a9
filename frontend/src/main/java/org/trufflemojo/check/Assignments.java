package org.trufflemojo.check;

import java.util.ArrayList;
import java.util.List;

import org.trufflemojo.core.DictOpKind;
import org.trufflemojo.core.PrimOp;
import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.BoxType;
import org.trufflemojo.typed.types.PointerType;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.TypeConstructor;
import org.trufflemojo.typed.types.Types;
import org.trufflemojo.typed.types.VectorType;

/** Checks variable declarations, assignments and augmented assignments (including their in-place forms). */
final class Assignments {
    private final FunctionContext ctx;
    private Expressions expressions;
    private Operators operators;
    private Calls calls;
    private CollectionMethods collections;
    private Conversions conversions;
    private Conventions conventions;

    Assignments(FunctionContext ctx) {
        this.ctx = ctx;
    }

    /** Connects the collaborators; they use each other, so they are connected once all exist. */
    void wire(Expressions expressions, Operators operators, Calls calls, CollectionMethods collections, Conversions conversions, Conventions conventions) {
        this.expressions = expressions;
        this.operators = operators;
        this.calls = calls;
        this.collections = collections;
        this.conversions = conversions;
        this.conventions = conventions;
    }

    TStmt varDecl(Stmt.VarDecl v) {
        if (ctx.scope.names.containsKey(v.name())) {
            throw ctx.error(v.pos(), "invalid redefinition of '" + v.name() + "'");
        }
        // `var xs: List = [1, 2]`: a parametric type named without its parameters takes them from the initial value
        // (and `var xs: List[_] = [1, 2]`)
        Expr named = v.type() instanceof Expr.Index ix && ix.indices().size() == 1 && Signatures.isUnboundParameter(ix.indices().get(0).value())
                        ? ix.target() : v.type();
        TypeConstructor unparameterized = named instanceof Expr.Name n && v.init() != null
                        && ctx.lookupGlobalOrLocal(n.name()) instanceof TypeConstructor tc ? tc : null;
        Type type = v.type() == null || unparameterized != null ? null : expressions.resolveType(v.type());
        TExpr init = null;
        if (v.init() != null) {
            try {
                init = unparameterized == TypeConstructor.LIST && v.init() instanceof Expr.ListLit list
                                ? collections.listLiteral(list.pos(), list.elements(), null, true) // the context asks for a List
                                : expressions.expression(v.init(), type);
            } catch (CompileError e) {
                // Declare the name anyway (with an unknown type) so its later uses report nothing more.
                Local broken = ctx.newLocal(v.name(), type != null ? type : Types.ERROR, v.pos());
                ctx.scope.names.put(v.name(), broken);
                throw e;
            }
            if (type == null) {
                type = valueType(init, v.init().pos());
                if (unparameterized != null && !type.name().startsWith(unparameterized.name() + "[")) {
                    throw ctx.error(v.init().pos(), "cannot implicitly convert '" + type.name() + "' value to '" + unparameterized.name() + "'");
                }
            }
            init = conventions.owned(conversions.coerce(init, type, v.init().pos()), v.init().pos());
        }
        if (type == null) {
            throw ctx.error(v.pos(), "variable '" + v.name() + "' needs a type or an initial value");
        }
        Local l = ctx.newLocal(v.name(), type, v.pos());
        ctx.scope.names.put(v.name(), l);
        return init == null ? null : new TStmt.WriteLocal(v.pos(), l, init, true);
    }

    /** The type a new variable takes from its initializer. */
    Type valueType(TExpr init, SourcePos pos) {
        return Types.materialize(init.type());
    }

    TStmt assign(Stmt.Assign a) {
        if (a.targets().size() != 1) {
            return chained(a);
        }
        if (a.declares() && a.targets().get(0) instanceof Expr.Name n) {
            return varDecl(new Stmt.VarDecl(n.pos(), n.name(), null, a.value()));
        }
        Expr target = a.targets().get(0);
        if (target instanceof Expr.TupleLit names) {
            return collections.unpack(a, names);
        }
        if (target instanceof Expr.Name n) {
            if (n.name().equals("_")) {
                // `_ = x` is a use of x (it extends x's lifetime to here); an rvalue is destroyed at once.
                // (a compile-time literal, `_ = 5`, becomes the value it stands for first, as an expression statement's does)
                TExpr value = expressions.expression(a.value(), null);
                if (Types.isLiteral(value.type())) {
                    value = conversions.coerce(value, Types.materialize(value.type()), a.value().pos());
                }
                return new TStmt.Eval(a.pos(), conventions.borrowed(value, a.value().pos()));
            }
            Object found = ctx.scope.lookup(n.name());
            if (found == null && ctx.lookupGlobalOrLocal(n.name()) instanceof CapturedVariable cv) {
                checkAssignable(cv, n.pos());
                return assignPlace(a.pos(), expressions.captured(n, cv), a.value()); // a closure assigns the enclosing variable
            }
            if (found == null) {
                if (ctx.inMojo1Program()) {
                    ctx.diagnostics.warning(n.pos(), "implicit declaration of '" + n.name() + "' is deprecated; add 'var' before the name");
                }
                TExpr value = expressions.expression(a.value(), null);
                Type type = valueType(value, a.value().pos());
                Local l = ctx.newLocal(n.name(), type, n.pos());
                ctx.functionScope.names.put(n.name(), l);
                return new TStmt.WriteLocal(a.pos(), l, conventions.owned(conversions.coerce(value, type, a.value().pos()), a.value().pos()), true);
            }
            if (found instanceof Local l) {
                checkAssignable(l, n.pos());
                TExpr value = conventions.owned(conversions.coerce(expressions.expression(a.value(), l.type), l.type, a.value().pos()), a.value().pos());
                return new TStmt.WriteLocal(a.pos(), l, value, false);
            }
            if (found instanceof RefAlias ref) {
                return assignPlace(a.pos(), Expressions.reposition(ref.place(), n.pos()), a.value());
            }
            throw ctx.error(n.pos(), "expression must be mutable in assignment");
        }
        if (target instanceof Expr.Attribute at) {
            TExpr object = expressions.expression(at.target(), null);
            if (object.type() == Types.PYTHON_OBJECT) {
                return new TStmt.Eval(a.pos(), ctx.python.setAttribute(a.pos(), object, at.name(), expressions.expression(a.value(), null)));
            }
            StructType.Field field = expressions.field(object, at);
            conventions.requireMutablePlace(object, at.pos());
            TExpr value = conventions.owned(conversions.coerce(expressions.expression(a.value(), field.type()), field.type(), a.value().pos()), a.value().pos());
            return new TStmt.WriteField(a.pos(), object, field, value);
        }
        if (target instanceof Expr.Index ix) {
            TExpr object = expressions.expression(ix.target(), null);
            expressions.requireOneIndex(ix, object.type());
            if (object.type() == Types.PYTHON_OBJECT && ix.indices().size() == 1) {
                TExpr key = expressions.expression(ix.indices().get(0).value(), null);
                return new TStmt.Eval(a.pos(), ctx.python.setItem(a.pos(), object, key, expressions.expression(a.value(), null)));
            }
            if (object.type() instanceof VectorType vt) {
                conventions.requireMutablePlace(object, ix.pos());
                TExpr value = conversions.coerce(expressions.expression(a.value(), vt.element), vt.element, a.value().pos());
                TExpr lane = expressions.intArg(ix.indices().get(0).value());
                return new TStmt.Eval(a.pos(), conventions.inPlace(object, v -> new TExpr.VectorOp(a.pos(), Types.NONE, TExpr.VectorOpKind.SET, vt, null, List.of(v, lane, value))));
            }
            if ((object.type() instanceof ScalarType || object.type() == Types.FLOAT64 || object.type() == Types.BOOL) && ix.indices().size() == 1) {
                expressions.intArg(ix.indices().get(0).value()); // a scalar is a SIMD vector of one lane: s[0] = v
                return assignPlace(a.pos(), object, a.value());
            }
            if (object.type() instanceof DictType dt) {
                conventions.requireMutablePlace(object, ix.pos());
                TExpr key = conventions.owned(conversions.coerce(expressions.expression(ix.indices().get(0).value(), dt.key), dt.key, ix.pos()), ix.pos());
                TExpr value = conventions.owned(conversions.coerce(expressions.expression(a.value(), dt.value), dt.value, a.value().pos()), a.value().pos());
                return new TStmt.Eval(a.pos(), conventions.inPlace(object, d -> new TExpr.DictOp(a.pos(), Types.NONE, DictOpKind.SET, dt, List.of(d, key, value))));
            }
            if (object.type() instanceof ListType lt) {
                requireMutableElements(object, lt, ix.pos());
                TExpr index = expressions.intArg(ix.indices().get(0).value());
                TExpr value = conventions.owned(conversions.coerce(expressions.expression(a.value(), lt.element), lt.element, a.value().pos()), a.value().pos());
                return new TStmt.Eval(a.pos(), collections.listOp(a.pos(), Types.NONE, TExpr.ListOpKind.SET, lt, object, index, value));
            }
            if (object.type() instanceof PointerType pt) {
                collections.requireStorable(pt.pointee, ix.pos());
                TExpr index = ix.indices().isEmpty() ? Expressions.intConst(ix.pos(), 0) : expressions.pointerIndex(ix.indices().get(0).value());
                TExpr address = new TExpr.Memory(ix.pos(), pt, TExpr.MemoryOp.OFFSET, pt.pointee, List.of(object, index));
                TExpr value = conventions.owned(conversions.coerce(expressions.expression(a.value(), pt.pointee), pt.pointee, a.value().pos()), a.value().pos());
                return new TStmt.Eval(a.pos(), new TExpr.Memory(a.pos(), Types.NONE, TExpr.MemoryOp.ASSIGN, pt.pointee, List.of(address, value)));
            }
            if (object.type() instanceof BoxType bt && bt.isNative() && ix.indices().isEmpty()) {
                // box[] = v: the boxed value (shared by every copy of an ArcPointer) is replaced
                TExpr value = conventions.owned(conversions.coerce(expressions.expression(a.value(), bt.element), bt.element, a.value().pos()), a.value().pos());
                TExpr address = new TExpr.Memory(ix.pos(), PointerType.of(bt.element), TExpr.MemoryOp.OFFSET, bt.element,
                                List.of(conventions.borrowed(object, ix.pos()), Expressions.intConst(ix.pos(), 0)));
                return new TStmt.Eval(a.pos(), new TExpr.Memory(a.pos(), Types.NONE, TExpr.MemoryOp.ASSIGN, bt.element, List.of(address, value)));
            }
            if (object.type() instanceof StructType st && st.methods("__setitem__").isEmpty() && !st.methods("__getitem__").isEmpty()) {
                TExpr target2 = expressions.expression(target, null);
                if (target2 instanceof TExpr.RefTarget rt) {
                    conventions.requireMutablePlace(rt, ix.pos());
                    TExpr value = conventions.owned(conversions.coerce(expressions.expression(a.value(), rt.type()), rt.type(), a.value().pos()), a.value().pos());
                    return new TStmt.Eval(a.pos(), new TExpr.RefStore(a.pos(), Types.NONE, rt, value));
                }
            }
            if (object.type() instanceof StructType st && !st.methods("__setitem__").isEmpty()) {
                conventions.requireMutablePlace(object, ix.pos());
                List<Expr.Arg> args = new ArrayList<>(ix.indices());
                args.add(new Expr.Arg(a.value().pos(), null, a.value(), false));
                return new TStmt.Eval(a.pos(), calls.methodCall(ix.pos(), object, st, "__setitem__", args));
            }
            throw ctx.error(ix.pos(), "'" + object.type().name() + "' does not support item assignment");
        }
        if (target instanceof Expr.Call) {
            TExpr place = expressions.expression(target, null);
            if (place instanceof TExpr.RefTarget rt) {
                conventions.requireMutablePlace(rt, target.pos());
                TExpr value = conventions.owned(conversions.coerce(expressions.expression(a.value(), rt.type()), rt.type(), a.value().pos()), a.value().pos());
                return new TStmt.Eval(a.pos(), new TExpr.RefStore(a.pos(), Types.NONE, rt, value));
            }
            if (place instanceof TExpr.Deref) {
                return assignPlace(a.pos(), place, a.value()); // a reference into native memory, e.g. d.setdefault(k, v) = w
            }
        }
        throw ctx.error(target.pos(), "unsupported assignment target");
    }

    private TStmt assignPlace(SourcePos pos, TExpr place, Expr value) {
        conventions.requireMutablePlace(place, pos);
        return storePlace(pos, place, conventions.owned(conversions.coerce(expressions.expression(value, place.type()), place.type(), value.pos()), value.pos()));
    }

    private static TStmt storePlace(SourcePos pos, TExpr place, TExpr value) {
        if (place instanceof TExpr.ReadLocal rl) {
            return new TStmt.WriteLocal(pos, rl.local(), value, false);
        }
        if (place instanceof TExpr.ListElement le) {
            ListType lt = (ListType) le.list().type();
            return new TStmt.Eval(pos, new TExpr.ListOp(pos, Types.NONE, TExpr.ListOpKind.SET, lt, List.of(le.list(), le.index(), value)));
        }
        if (place instanceof TExpr.RefTarget rt) {
            return new TStmt.Eval(pos, new TExpr.RefStore(pos, Types.NONE, rt, value));
        }
        if (place instanceof TExpr.Deref d) {
            PointerType pt = PointerType.of(d.type());
            TExpr address = new TExpr.Memory(pos, pt, TExpr.MemoryOp.OFFSET, d.type(), List.of(d.pointer(), d.index()));
            return new TStmt.Eval(pos, new TExpr.Memory(pos, Types.NONE, TExpr.MemoryOp.ASSIGN, d.type(), List.of(address, value)));
        }
        TExpr.FieldRead fr = (TExpr.FieldRead) place;
        return new TStmt.WriteField(pos, fr.object(), fr.field(), value);
    }

    /** A list's elements change only where the list may; a span's belong to its owner (origins are not tracked). */
    private void requireMutableElements(TExpr list, ListType lt, SourcePos pos) {
        if (!lt.isView) {
            conventions.requireMutablePlace(list, pos);
        }
    }

    /** A variable a closure captured: assignable unless captured read-only ({@code imm}) or read-only where it lives. */
    private void checkAssignable(CapturedVariable cv, SourcePos pos) {
        if (cv.readOnly()) {
            throw ctx.error(pos, "expression must be mutable in assignment ('" + cv.local().name + "' is captured read-only)");
        }
        checkAssignable(cv.local(), pos);
    }

    private void checkAssignable(Local l, SourcePos pos) {
        if (!l.mutable) {
            throw ctx.error(pos, "expression must be mutable in assignment (argument '" + l.name + "' is read-only)");
        }
    }

    /** {@code x = y = value}: the value once, then each target, left to right, gets its own copy (the last takes it). */
    private TStmt chained(Stmt.Assign a) {
        TExpr value = expressions.expression(a.value(), null);
        Type type = valueType(value, a.value().pos());
        Local held = ctx.newLocal("(assigned value)", type, a.pos());
        List<TStmt> out = new ArrayList<>();
        out.add(new TStmt.WriteLocal(a.pos(), held, conventions.owned(conversions.coerce(value, type, a.value().pos()), a.value().pos()), true));
        for (Expr target : a.targets()) {
            Expr copy = new Expr.Checked(target.pos(), new TExpr.ReadLocal(target.pos(), type, held));
            out.add(assign(new Stmt.Assign(target.pos(), List.of(target), copy, a.declares())));
        }
        return new TStmt.Block(a.pos(), out);
    }

    TStmt augAssign(Stmt.AugAssign a) {
        Expr owner = a.target() instanceof Expr.Attribute at ? at.target() : a.target() instanceof Expr.Index ix ? ix.target() : null;
        if (owner != null && expressions.expression(owner, null).type() == Types.PYTHON_OBJECT) {
            // `o.x += 1`, `d["k"] *= 2` of a PythonObject: Python's operator, then Python's assignment
            return assign(new Stmt.Assign(a.pos(), List.of(a.target()), new Expr.Binary(a.pos(), a.op(), a.target(), a.value()), false));
        }
        if (a.target() instanceof Expr.Index ix) {
            TExpr object = expressions.expression(ix.target(), null);
            expressions.requireOneIndex(ix, object.type());
            if (object.type() instanceof DictType dt) {
                conventions.requireMutablePlace(object, ix.pos());
                TExpr current = collections.dictElement(ix.pos(), object, dt, expressions.expression(ix.indices().get(0).value(), dt.key));
                TExpr result = conventions.owned(conversions.coerce(operators.binary(a.pos(), a.op(), current, expressions.expression(a.value(), dt.value)), dt.value, a.pos()), a.pos());
                TExpr key = conventions.owned(conversions.coerce(expressions.expression(ix.indices().get(0).value(), dt.key), dt.key, ix.pos()), ix.pos());
                return new TStmt.Eval(a.pos(), conventions.inPlace(object, d -> new TExpr.DictOp(a.pos(), Types.NONE, DictOpKind.SET, dt, List.of(d, key, result))));
            }
            if (object.type() instanceof ListType lt) {
                requireMutableElements(object, lt, ix.pos());
                TExpr index = expressions.intArg(ix.indices().get(0).value());
                TExpr current = new TExpr.ListElement(ix.pos(), lt.element, object, index);
                TExpr result = conversions.coerce(operators.binary(a.pos(), a.op(), current, expressions.expression(a.value(), lt.element)), lt.element, a.pos());
                // The index is evaluated twice; that is only observable if it has side effects, which plain indices do not.
                return new TStmt.Eval(a.pos(), collections.listOp(a.pos(), Types.NONE, TExpr.ListOpKind.SET, lt, object, expressions.intArg(ix.indices().get(0).value()),
                                conventions.owned(result, a.pos())));
            }
            if (object.type() instanceof PointerType pt) {
                collections.requireStorable(pt.pointee, ix.pos());
                TExpr index = ix.indices().isEmpty() ? Expressions.intConst(ix.pos(), 0) : expressions.pointerIndex(ix.indices().get(0).value());
                TExpr current = new TExpr.Deref(ix.pos(), pt.pointee, object, index);
                TExpr result = conversions.coerce(operators.binary(a.pos(), a.op(), current, expressions.expression(a.value(), pt.pointee)), pt.pointee, a.pos());
                TExpr address = new TExpr.Memory(ix.pos(), pt, TExpr.MemoryOp.OFFSET, pt.pointee, List.of(object, index));
                return new TStmt.Eval(a.pos(), new TExpr.Memory(a.pos(), Types.NONE, TExpr.MemoryOp.ASSIGN, pt.pointee, List.of(address, conventions.owned(result, a.pos()))));
            }
            if (object.type() instanceof StructType st && !st.methods("__setitem__").isEmpty()) {
                // obj[i] op= v  is  obj.__setitem__(i, obj.__getitem__(i) op v)
                conventions.requireMutablePlace(object, ix.pos());
                List<Expr.Arg> args = new ArrayList<>(ix.indices());
                Expr combined = new Expr.Binary(a.pos(), a.op(), ix, a.value());
                args.add(new Expr.Arg(a.value().pos(), null, combined, false));
                return new TStmt.Eval(a.pos(), calls.methodCall(ix.pos(), object, st, "__setitem__", args));
            }
            if (object.type() instanceof StructType && expressions.expression(ix, null) instanceof TExpr.RefTarget rt) {
                conventions.requireMutablePlace(rt, ix.pos());
                TExpr result = conversions.coerce(operators.binary(a.pos(), a.op(), rt, expressions.expression(a.value(), rt.type())), rt.type(), a.pos());
                return new TStmt.Eval(a.pos(), new TExpr.RefStore(a.pos(), Types.NONE, rt, conventions.owned(result, a.pos())));
            }
        }
        if (a.target() instanceof Expr.Call call) {
            TExpr place = expressions.expression(call, null);
            if (place instanceof TExpr.Deref d) {
                // A reference into native memory (d.setdefault(k, v) += w): its address is computed once.
                PointerType pt = PointerType.of(d.type());
                Local address = ctx.newLocal("(address)", pt, a.pos());
                TExpr computeAddress = new TExpr.Temp(a.pos(), pt, address, new TExpr.Memory(a.pos(), pt, TExpr.MemoryOp.OFFSET, d.type(),
                                List.of(d.pointer(), d.index())));
                TExpr current = new TExpr.Deref(a.pos(), d.type(), new TExpr.ReadLocal(a.pos(), pt, address), Expressions.intConst(a.pos(), 0));
                TExpr result = conversions.coerce(operators.binary(a.pos(), a.op(), current, expressions.expression(a.value(), d.type())), d.type(), a.pos());
                return new TStmt.Eval(a.pos(), new TExpr.Memory(a.pos(), Types.NONE, TExpr.MemoryOp.ASSIGN, d.type(), List.of(computeAddress,
                                conventions.owned(result, a.pos()))));
            }
            if (place instanceof TExpr.RefTarget rt) {
                conventions.requireMutablePlace(rt, call.pos());
                TExpr result = conversions.coerce(operators.binary(a.pos(), a.op(), rt, expressions.expression(a.value(), rt.type())), rt.type(), a.pos());
                return new TStmt.Eval(a.pos(), new TExpr.RefStore(a.pos(), Types.NONE, rt, conventions.owned(result, a.pos())));
            }
        }
        if (a.target() instanceof Expr.Name n) {
            Object found = ctx.lookup(n);
            if (found instanceof Local l && l.type instanceof StructType st && !st.methods(a.op().inplaceDunder()).isEmpty()) {
                // `x += y` on a struct with __iadd__: mutates x in place.
                checkAssignable(l, n.pos());
                return new TStmt.Eval(a.pos(), calls.methodCall(a.pos(), new TExpr.ReadLocal(n.pos(), st, l), st, a.op().inplaceDunder(),
                                List.of(new Expr.Arg(a.value().pos(), null, a.value(), false))));
            }
            if (found instanceof Local l && l.type == Types.STRING && a.op() == Expr.BinOp.ADD) {
                checkAssignable(l, n.pos());
                return appendInPlace(a, new TExpr.ReadLocal(n.pos(), l.type, l));
            }
            if (found instanceof CapturedVariable cv) {
                checkAssignable(cv, n.pos());
                found = new RefAlias(expressions.captured(n, cv)); // `total += n` in a closure: the enclosing variable
            }
            if (found instanceof RefAlias ref) {
                TExpr place = Expressions.reposition(ref.place(), n.pos());
                conventions.requireMutablePlace(place, n.pos());
                TExpr result = operators.binary(a.pos(), a.op(), place, expressions.expression(a.value(), place.type()));
                return storePlace(a.pos(), place, conventions.owned(conversions.coerce(result, place.type(), a.pos()), a.pos()));
            }
            if (found instanceof Local l) {
                checkAssignable(l, n.pos());
                TExpr current = new TExpr.ReadLocal(n.pos(), l.type, l);
                TExpr rhs = expressions.expression(a.value(), l.type);
                TExpr result = operators.binary(a.pos(), a.op(), current, rhs);
                return new TStmt.WriteLocal(a.pos(), l, conventions.owned(conversions.coerce(result, l.type, a.pos()), a.pos()), false);
            }
            throw ctx.error(n.pos(), "expression must be mutable in assignment");
        }
        if (a.target() instanceof Expr.Attribute at) {
            TExpr object = expressions.expression(at.target(), null);
            StructType.Field field = expressions.field(object, at);
            conventions.requireMutablePlace(object, at.pos());
            TExpr current = new TExpr.FieldRead(at.pos(), field.type(), object, field);
            if (field.type() == Types.STRING && a.op() == Expr.BinOp.ADD && Conventions.isPlace(current)) {
                return appendInPlace(a, current);
            }
            TExpr result = operators.binary(a.pos(), a.op(), current, expressions.expression(a.value(), field.type()));
            return new TStmt.WriteField(a.pos(), object, field, conventions.owned(conversions.coerce(result, field.type(), a.pos()), a.pos()));
        }
        if (a.target() instanceof Expr.Call) {
            TExpr place = expressions.expression(a.target(), null);
            if (place instanceof TExpr.RefTarget rt) {
                conventions.requireMutablePlace(rt, a.target().pos());
                TExpr result = conversions.coerce(operators.binary(a.pos(), a.op(), rt, expressions.expression(a.value(), rt.type())), rt.type(), a.pos());
                return new TStmt.Eval(a.pos(), new TExpr.RefStore(a.pos(), Types.NONE, rt, conventions.owned(result, a.pos())));
            }
        }
        throw ctx.error(a.target().pos(), "unsupported assignment target");
    }

    /** {@code s += t} on a String: appends to s's own buffer (amortized linear, no new string). */
    private TStmt appendInPlace(Stmt.AugAssign a, TExpr place) {
        TExpr value = expressions.expression(a.value(), Types.STRING);
        if (!Types.isStringLike(value.type())) {
            throw ctx.error(a.value().pos(), "cannot implicitly convert '" + value.type().name() + "' value to 'String'");
        }
        TExpr text = conventions.borrowedString(value, a.value().pos());
        return new TStmt.Eval(a.pos(), conventions.inPlace(place, p -> new TExpr.Prim(a.pos(), Types.NONE, PrimOp.STR_APPEND, List.of(p, text))));
    }
}
