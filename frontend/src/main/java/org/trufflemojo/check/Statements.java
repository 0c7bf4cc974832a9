package org.trufflemojo.check;

import org.trufflemojo.core.PrimOp;

import org.trufflemojo.typed.types.ScalarType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

import org.trufflemojo.core.DictOpKind;
import org.trufflemojo.core.Intrinsic;
import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TExprs;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.OptionalType;
import org.trufflemojo.typed.types.PointerType;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.TupleType;
import org.trufflemojo.typed.types.Types;
import org.trufflemojo.typed.types.VectorType;

/**
 * Checks statements into the typed tree: blocks, local imports and aliases, control flow
 * (if, while, for, raise, try, with, return). Assignments are checked by {@link Assignments}.
 */
final class Statements {
    private final FunctionContext ctx;
    private Assignments assignments;
    private Expressions expressions;
    private Operators operators;
    private Calls calls;
    private BuiltinCalls builtins;
    private Conversions conversions;
    private Conventions conventions;

    Statements(FunctionContext ctx) {
        this.ctx = ctx;
    }

    /** Connects the collaborators; they use each other, so they are connected once all exist. */
    void wire(Assignments assignments, Expressions expressions, Operators operators, Calls calls, BuiltinCalls builtins, Conversions conversions, Conventions conventions) {
        this.assignments = assignments;
        this.expressions = expressions;
        this.operators = operators;
        this.calls = calls;
        this.builtins = builtins;
        this.conversions = conversions;
        this.conventions = conventions;
    }

    void statements(List<Stmt> stmts, List<TStmt> out) {
        for (Stmt s : stmts) {
            try {
                if (s instanceof Stmt.FunctionDef fd) {
                    // a closure's own copies of what it captures belong to this block (they live as long as it)
                    Closures.Declared nested = new Closures(ctx, expressions, conventions).declare(fd);
                    declareNestedName(fd, nested.function());
                    out.addAll(nested.copies());
                    continue;
                }
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
        Scope saved = ctx.scope;
        ctx.scope = new Scope(ctx.scope);
        try {
            List<TStmt> out = new ArrayList<>();
            statements(stmts, out);
            return new TStmt.Block(pos, out);
        } finally {
            ctx.scope = saved;
        }
    }

    TStmt statement(Stmt s) {
        return switch (s) {
            case Stmt.VarDecl v -> assignments.varDecl(v);
            case Stmt.Assign a -> assignments.assign(a);
            case Stmt.AugAssign a -> assignments.augAssign(a);
            case Stmt.ExprStmt e -> exprStatement(e);
            case Stmt.Assert a -> assertStatement(a);
            case Stmt.If i -> ifStatement(i);
            case Stmt.While w -> whileStatement(w);
            case Stmt.For f -> forStatement(f);
            case Stmt.Break b -> {
                if (ctx.loopDepth == 0) {
                    throw ctx.error(b.pos(), "'break' is only valid inside a loop");
                }
                yield new TStmt.Break(b.pos());
            }
            case Stmt.Continue c -> {
                if (ctx.loopDepth == 0) {
                    throw ctx.error(c.pos(), "'continue' is only valid inside a loop");
                }
                yield new TStmt.Continue(c.pos());
            }
            case Stmt.Pass p -> null;
            case Stmt.Raise r -> raiseStatement(r);
            case Stmt.Try t -> tryStatement(t);
            case Stmt.With w -> withStatement(w);
            case Stmt.Return r -> returnStatement(r);
            case Stmt.FunctionDef fd -> throw new IllegalStateException("a nested function is declared by the block it is in");
            case Stmt.RefDecl r -> expressions.refDecl(r);
            case Stmt.AliasDef a -> localAlias(a);
            case Stmt.Import im -> {
                localImport(im);
                yield null;
            }
            default -> throw ctx.error(s.pos(), "this statement is not supported yet");
        };
    }

    /** Declares a nested function's name in the block: a new name, or an overload of a nested function declared before in it. */
    private void declareNestedName(Stmt.FunctionDef fd, Function nested) {
        if (ctx.scope.names.get(fd.name()) instanceof List<?> overloads && !overloads.isEmpty() && overloads.get(0) instanceof Function) {
            @SuppressWarnings("unchecked")
            List<Function> functions = (List<Function>) overloads;
            functions.add(nested);
        } else {
            ctx.declareName(fd.namePos(), fd.name(), new ArrayList<>(List.of(nested)));
        }
    }

    /** The name of the hidden loop variable holding each key in {@code for ref v in d.values()} (a lookup of it cannot fail). */
    static final String OWN_KEY = "(key of ";

    /** A variable or a field of one ({@code d}, {@code self.table}): naming it again names the same value. */
    private static boolean isNamedPlace(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Attribute a && isNamedPlace(a.target());
    }

    /** {@code import m} / {@code from m import a} inside a function: the names are local to its block. */
    private void localImport(Stmt.Import im) {
        Map<String, Object> members = ctx.module.standardModule(im.module());
        if (members == null) {
            throw ctx.error(im.pos(), "inside a function, only standard-library modules can be imported yet; import '" + im.module()
                            + "' at the top of the file");
        }
        if (!im.from()) {
            String bound = im.alias() != null ? im.alias() : im.module().contains(".") ? im.module().substring(0, im.module().indexOf('.')) : im.module();
            ctx.declareName(im.pos(), bound, new ModuleNamespace(im.module(), members));
            return;
        }
        for (Stmt.ImportName n : im.names()) {
            Object value = members.get(n.name());
            if (value == null) {
                throw ctx.error(im.pos(), "package '" + im.module() + "' does not contain '" + n.name() + "'");
            }
            ctx.declareName(im.pos(), n.alias() != null ? n.alias() : n.name(), value);
        }
    }

    /** The compile-time value pack an expression names: {@code values} or 1.x {@code VariadicList(values)}; else null. */
    private ValuePack packNamed(Expr e) {
        if (e instanceof Expr.Call c && c.callee() instanceof Expr.Name f && f.name().equals("VariadicList") && c.args().size() == 1
                        && ctx.lookupGlobalOrLocal("VariadicList") == null) {
            e = c.args().get(0).value();
        }
        return e instanceof Expr.Name n && ctx.lookupGlobalOrLocal(n.name()) instanceof ValuePack pack ? pack : null;
    }

    /**
     * {@code alias NAME = value} in a function body: a compile-time constant when the value folds to
     * one; otherwise (a String built by a method call, a tuple, ...) the value is computed where the
     * alias stands and bound to a hidden variable, which gives every use the same value the
     * compile-time evaluation would have.
     */
    private TStmt localAlias(Stmt.AliasDef a) {
        if (a.value() == null) {
            throw ctx.error(a.pos(), "alias '" + a.name() + "' needs a value");
        }
        if (!a.typeParams().isEmpty()) {
            ctx.declareName(a.pos(), a.name(), new AliasTemplate(a)); // parametric: evaluated at each use with its arguments
            return null;
        }
        if (a.type() == null && (a.value() instanceof Expr.TupleLit || a.value() instanceof Expr.ListLit) && dtypeList(a.value()) instanceof List<Type> lanes) {
            ctx.declareName(a.pos(), a.name(), new DTypeTuple(lanes)); // alias dtypes = [DType.int8, DType.float32]
            return null;
        }
        if (a.type() == null && expressions.aliasedType(a.value()) instanceof Type t) {
            ctx.declareName(a.pos(), a.name(), t); // a type alias, or a DType (kept as its lane type)
            return null;
        }
        if (a.type() == null && packNamed(a.value()) instanceof ValuePack pack) {
            ctx.declareName(a.pos(), a.name(), pack); // `comptime list = VariadicList(values)`: the parameter pack itself
            return null;
        }
        Type type = a.type() != null ? expressions.resolveType(a.type()) : null;
        TExpr value = expressions.expression(a.value(), type);
        if (type == null && value instanceof TExpr.FunctionRef ref) {
            // `comptime test_func = test_funcs[idx]`: a name for the function itself, usable as a compile-time argument
            ctx.declareName(a.pos(), a.name(), ref);
            return null;
        }
        if (type != null) {
            value = conversions.coerce(value, type, a.value().pos());
        }
        TExpr.Const folded = ConstantFolder.fold(value);
        if (folded != null) {
            ctx.declareName(a.pos(), a.name(), folded);
            return null;
        }
        if (ctx.scope.names.containsKey(a.name())) {
            throw ctx.error(a.pos(), "invalid redefinition of '" + a.name() + "'");
        }
        if (type == null) {
            type = assignments.valueType(value, a.value().pos());
        }
        Local l = ctx.newLocal(a.name(), type, a.pos());
        ctx.scope.names.put(a.name(), l);
        ctx.scope.materializedAliases.put(a.name(), new MaterializedAlias(a.value(), a.type()));
        return new TStmt.WriteLocal(a.pos(), l, conventions.owned(value, a.value().pos()), true);
    }

    private TStmt exprStatement(Stmt.ExprStmt e) {
        if (e.expr() instanceof Expr.StrLit) {
            return null; // docstring
        }
        if (e.expr() instanceof Expr.Call c && c.callee() instanceof Expr.Name n && ctx.lookupGlobalOrLocal(n.name()) == Builtin.PRINT) {
            return print(c);
        }
        if (e.expr() instanceof Expr.Call c && c.callee() instanceof Expr.Attribute a && c.args().size() == 2 && c.args().get(0).keyword() == null
                        && c.args().get(1).keyword() == null && inPlaceOperator(a.name()) instanceof Expr.BinOp op && a.target() instanceof Expr.Name tn
                        && ctx.lookupGlobalOrLocal(tn.name()) instanceof Type t && !(t instanceof StructType) && (Types.isNumeric(t) || t instanceof VectorType)) {
            // UInt.__iadd__(x, y): x += y
            Expr.BinOp eff = op == Expr.BinOp.DIV && (Types.isIntegral(t) || t instanceof ScalarType s && !s.isFloat()) ? Expr.BinOp.FLOORDIV : op;
            return assignments.augAssign(new Stmt.AugAssign(e.pos(), eff, c.args().get(0).value(), c.args().get(1).value()));
        }
        if (e.expr() instanceof Expr.Call c && c.callee() instanceof Expr.Attribute a && c.args().size() == 1 && c.args().get(0).keyword() == null
                        && inPlaceOperator(a.name()) instanceof Expr.BinOp op) {
            // x.__iadd__(y) on a built-in number or SIMD vector: x += y
            TExpr receiver;
            try {
                receiver = calls.expressionQuietly(a.target(), null);
            } catch (CompileError err) {
                receiver = null;
            }
            Type t = receiver == null ? null : receiver.type();
            String library = t == null ? null : StandardLibrary.methodsModuleOf(t);
            if (t != null && (Types.isNumeric(t) || t == Types.BOOL || t instanceof VectorType) && !Types.isLiteral(t)
                            && (library == null || ctx.module.libraryMethods(library, a.name()).isEmpty())) {
                return assignments.augAssign(new Stmt.AugAssign(e.pos(), op, a.target(), c.args().get(0).value()));
            }
        }
        // A discarded value still has to be destroyed: a temporary that is never used dies at once.
        // (a compile-time literal, `1 + 2`, becomes the value it stands for first)
        TExpr value = expressions.expression(e.expr(), null);
        if (Types.isLiteral(value.type())) {
            value = conversions.coerce(value, Types.materialize(value.type()), e.expr().pos());
        }
        return new TStmt.Eval(e.pos(), conventions.borrowed(value, e.expr().pos()));
    }

    private static Expr.BinOp inPlaceOperator(String name) {
        for (Expr.BinOp op : Expr.BinOp.values()) {
            if (op != Expr.BinOp.MATMUL && op.inplaceDunder().equals(name)) {
                return op;
            }
        }
        return null;
    }

    private TStmt print(Expr.Call c) {
        List<TExpr> values = new ArrayList<>();
        TExpr sep = null;
        TExpr end = null;
        for (Expr.Arg arg : c.args()) {
            if (arg.keyword() == null) {
                values.add(builtins.printable(expressions.expression(arg.value(), null), arg.value().pos()));
            } else if (arg.keyword().equals("sep")) {
                sep = conventions.borrowedString(expressions.expression(arg.value(), Types.STRING), arg.value().pos());
            } else if (arg.keyword().equals("end")) {
                end = conventions.borrowedString(expressions.expression(arg.value(), Types.STRING), arg.value().pos());
            } else if (arg.keyword().equals("flush") || arg.keyword().equals("file")) {
                expressions.expression(arg.value(), null);
            } else {
                throw ctx.error(arg.pos(), "invalid call to 'print': unknown keyword argument '" + arg.keyword() + "'");
            }
        }
        return new TStmt.Print(c.pos(), values, sep, end);
    }

    private TStmt ifStatement(Stmt.If i) {
        TExpr cond = operators.condition(i.condition());
        if (i.compileTime()) {
            // @parameter if: only the branch the constant condition selects is checked and kept.
            TExpr.Const value = ConstantFolder.fold(cond);
            if (value == null) {
                throw ctx.error(i.condition().pos(), "'@parameter if' needs a condition known at compile time");
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
        TExpr cond = operators.condition(w.condition());
        TStmt body = loopBody(w.body(), w.pos());
        TStmt otherwise = w.otherwise().isEmpty() ? null : block(w.otherwise(), w.pos());
        return new TStmt.While(w.pos(), cond, body, otherwise);
    }

    private TStmt forStatement(Stmt.For f) {
        Expr iterable = f.iterable();
        // `reversed(range(...))`: the same values, last first.
        boolean backward = iterable instanceof Expr.Call rc && rc.callee() instanceof Expr.Name rn && ctx.lookupGlobalOrLocal(rn.name()) == Builtin.REVERSED
                        && rc.args().size() == 1 && rc.args().get(0).value() instanceof Expr.Call inner && inner.callee() instanceof Expr.Name in
                        && ctx.lookupGlobalOrLocal(in.name()) == Builtin.RANGE;
        if (backward) {
            iterable = ((Expr.Call) iterable).args().get(0).value();
        }
        if (f.compileTime() && !backward && f.targets().size() == 1 && dtypeList(iterable) instanceof List<Type> lanes && !containsJump(f.body())) {
            return unrollOver(f, new ArrayList<>(lanes));
        }
        if (!backward && f.targets().size() == 1 && iterable instanceof Expr.Name pn && ctx.lookupGlobalOrLocal(pn.name()) instanceof ValuePack pack
                        && !containsJump(f.body())) {
            // `for v in values` of a variadic value parameter `*values: Int`: once per value, v a constant
            List<Object> constants = new ArrayList<>();
            for (int i = 0; i < pack.values().size(); i++) {
                constants.add(pack.get(f.pos(), i));
            }
            return unrollOver(f, constants);
        }
        if (!(iterable instanceof Expr.Call call && call.callee() instanceof Expr.Name n && ctx.lookupGlobalOrLocal(n.name()) == Builtin.RANGE)) {
            return forList(f);
        }
        if (!backward && rangeOfUInt(call)) {
            return forList(f); // UInt bounds: the library's UInt range, whose values are UInts
        }
        if (f.compileTime() && !backward) {
            TStmt unrolled = unroll(f, call);
            if (unrolled != null) {
                return unrolled;
            }
        }
        if (f.targets().size() != 1) {
            throw ctx.error(f.pos(), "a 'range' loop has one loop variable");
        }
        List<TExpr> args = new ArrayList<>();
        for (Expr.Arg a : call.args()) {
            if (a.keyword() != null) {
                throw ctx.error(a.pos(), "invalid call to 'range': unexpected keyword argument '" + a.keyword() + "'");
            }
            args.add(rangeBound(expressions.expression(a.value(), Types.INT), a.value().pos()));
        }
        if (args.isEmpty() || args.size() > 3) {
            throw ctx.error(call.pos(), "invalid call to 'range': expected 1 to 3 arguments, got " + args.size());
        }
        TExpr start = args.size() == 1 ? Expressions.intConst(call.pos(), 0) : args.get(0);
        TExpr end = args.size() == 1 ? args.get(0) : args.get(1);
        TExpr step = args.size() == 3 ? args.get(2) : Expressions.intConst(call.pos(), 1);
        Scope saved = ctx.scope;
        ctx.scope = new Scope(ctx.scope);
        Local endTemp = ctx.newLocal("(range end)", Types.INT, f.pos());
        Local stepTemp = ctx.newLocal("(range step)", Types.INT, f.pos());
        Local counter = ctx.newLocal("(range counter)", Types.INT, f.pos());
        Local variable = ctx.newFrameLocal(f.targets().get(0), Types.INT, f.pos()); // the loop node counts in its slot
        ctx.scope.names.put(variable.name, variable);
        TStmt body;
        try {
            body = loopBody(f.body(), f.pos());
        } finally {
            ctx.scope = saved;
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
            TExpr.Const k;
            try {
                k = a.keyword() == null ? ConstantFolder.fold(rangeBound(calls.expressionQuietly(a.value(), Types.INT), a.pos())) : null;
            } catch (CompileError e) {
                return null; // (the trial's message was forgotten: the ordinary loop reports the error)
            }
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
            Scope saved = ctx.scope;
            ctx.scope = new Scope(ctx.scope);
            try {
                ctx.scope.names.put(f.targets().get(0), new TExpr.Const(f.pos(), Types.INT, i));
                out.add(block(f.body(), f.pos()));
            } finally {
                ctx.scope = saved;
            }
        }
        return new TStmt.Block(f.pos(), out);
    }

    /**
     * The DTypes a compile-time collection of DTypes holds, as their lane types: a list or tuple
     * literal of DTypes ({@code [DType.int8, DType.float32]}) or a name bound to one by an alias;
     * null for anything else.
     */
    private List<Type> dtypeList(Expr e) {
        if (e instanceof Expr.Name n && ctx.lookupGlobalOrLocal(n.name()) instanceof DTypeTuple dt) {
            return dt.lanes();
        }
        List<Expr> elements = e instanceof Expr.ListLit l ? l.elements() : e instanceof Expr.TupleLit t ? t.elements() : null;
        if (elements == null || elements.isEmpty()) {
            return null;
        }
        List<Type> lanes = new ArrayList<>();
        for (Expr el : elements) {
            Type lane = expressions.dtypeArgument(el);
            if (lane == null) {
                return null;
            }
            lanes.add(lane);
        }
        return lanes;
    }

    /**
     * {@code @parameter for dtype in [DType.int8, ...]} or {@code for v in values} of a value pack:
     * the body is checked once per element, with the loop variable naming it (a DType's lane type, as
     * a {@code dtype: DType} parameter does, or a constant).
     */
    private TStmt unrollOver(Stmt.For f, List<Object> elements) {
        List<TStmt> out = new ArrayList<>();
        for (Object element : elements) {
            Scope saved = ctx.scope;
            ctx.scope = new Scope(ctx.scope);
            try {
                ctx.scope.names.put(f.targets().get(0), element);
                out.add(block(f.body(), f.pos()));
            } finally {
                ctx.scope = saved;
            }
        }
        return new TStmt.Block(f.pos(), out);
    }

    /** A bound of a range loop as an Int: an integer scalar (UInt8(10), Int32(n)) is converted, as range's Indexer argument is. */
    private TExpr rangeBound(TExpr v, SourcePos pos) {
        if (v.type() instanceof ScalarType st && !st.isFloat()) {
            if (v instanceof TExpr.Const k && k.value() instanceof Long l) {
                return new TExpr.Const(v.pos(), Types.INT, l);
            }
            return new TExpr.Prim(v.pos(), Types.INT, PrimOp.TO_SCALAR, List.of(v));
        }
        return conversions.coerce(v, Types.INT, pos);
    }

    /** Whether a range(...) has a UInt bound (and so UInt values). */
    private boolean rangeOfUInt(Expr.Call call) {
        for (Expr.Arg a : call.args()) {
            try {
                if (a.keyword() == null && calls.expressionQuietly(a.value(), null).type() == Types.UINT) {
                    return true;
                }
            } catch (CompileError e) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code for ref v in c.values()} where {@code values} of c's struct only forwards to a field's
     * dict ({@code return self._data.values()}, as Counter's does): the loop runs over
     * {@code c._data.values()} so that v refers to the values where the dict holds them; or null.
     */
    private Expr forwardedValuesView(Stmt.For f) {
        if (!(f.iterable() instanceof Expr.Call vc && vc.args().isEmpty() && vc.callee() instanceof Expr.Attribute va
                        && va.name().equals("values") && isNamedPlace(va.target())
                        && expressions.expression(va.target(), null).type() instanceof StructType st)) {
            return null;
        }
        List<Function> methods = st.methods("values");
        if (methods.size() != 1 || methods.get(0).syntax == null || methods.get(0).syntax.body().size() != 1
                        || !(methods.get(0).syntax.body().get(0) instanceof Stmt.Return r && r.value() instanceof Expr.Call inner
                                        && inner.args().isEmpty() && inner.callee() instanceof Expr.Attribute ia && ia.name().equals("values")
                                        && ia.target() instanceof Expr.Attribute field && field.target() instanceof Expr.Name self
                                        && self.name().equals("self"))) {
            return null;
        }
        Expr fieldOfTarget = new Expr.Attribute(va.pos(), va.target(), field.name());
        return new Expr.Call(vc.pos(), new Expr.Attribute(va.pos(), fieldOfTarget, "values"), List.of());
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
        ctx.loopDepth++;
        try {
            return block(body, pos);
        } finally {
            ctx.loopDepth--;
        }
    }

    /** {@code for [ref] x in list}. */
    private TStmt forList(Stmt.For f) {
        if (f.byRef() && forwardedValuesView(f) instanceof Expr.Call forwarded) {
            return forList(new Stmt.For(f.pos(), f.targets(), true, forwarded, f.body(), f.otherwise(), f.compileTime()));
        }
        if (f.byRef() && f.targets().size() == 1 && f.iterable() instanceof Expr.Call vc && vc.args().isEmpty()
                        && vc.callee() instanceof Expr.Attribute va && va.name().equals("values") && isNamedPlace(va.target())
                        && expressions.expression(va.target(), null).type() instanceof DictType) {
            // `for ref v in d.values()`: v refers to each value where the dict holds it, so writes through v change it
            String key = OWN_KEY + f.targets().get(0) + ")";
            List<Stmt> body = new ArrayList<>();
            body.add(new Stmt.RefDecl(f.pos(), f.targets().get(0), new Expr.Index(f.pos(), va.target(),
                            List.of(new Expr.Arg(f.pos(), null, new Expr.Name(f.pos(), key), false)))));
            body.addAll(f.body());
            return forList(new Stmt.For(f.pos(), List.of(key), false, new Expr.Call(vc.pos(), new Expr.Attribute(va.pos(), va.target(), "keys"), List.of()),
                            body, f.otherwise(), f.compileTime()));
        }
        boolean enumerate = f.iterable() instanceof Expr.Call ec && ec.callee() instanceof Expr.Name en
                        && ctx.lookupGlobalOrLocal(en.name()) == Builtin.ENUMERATE;
        if (enumerate) {
            Expr.Call ec = (Expr.Call) f.iterable();
            if (ec.args().size() != 1 || f.targets().size() != 2) {
                throw ctx.error(f.pos(), "write 'for i, x in enumerate(values)'");
            }
        }
        boolean backward = !enumerate && f.iterable() instanceof Expr.Call rc && rc.callee() instanceof Expr.Name rn
                        && ctx.lookupGlobalOrLocal(rn.name()) == Builtin.REVERSED;
        if (backward && ((Expr.Call) f.iterable()).args().size() != 1) {
            throw ctx.error(f.iterable().pos(), "'reversed' takes one value to iterate over");
        }
        TExpr iterable = expressions.expression(enumerate || backward ? ((Expr.Call) f.iterable()).args().get(0).value() : f.iterable(), null);
        if (!enumerate && !backward && iterable.type() == Types.PYTHON_OBJECT) {
            return forPython(f, iterable);
        }
        if (!enumerate && iterable.type() instanceof StructType st && iteratesWithIterator(st, backward)) {
            return forIterator(f, iterable, st, backward);
        }
        if (iterable.type() instanceof StructType st && !st.methods("__iter__").isEmpty()) {
            // A struct iterates over what its __iter__ returns (a list, dict or string, yet).
            iterable = calls.methodCall(iterable.pos(), iterable, st, "__iter__", List.of());
        }
        if (iterable.type() instanceof DictType dt) {
            // A Dict iterates over (copies of) its keys.
            iterable = new TExpr.DictOp(iterable.pos(), ListType.of(dt.key), DictOpKind.KEYS, dt, List.of(conventions.borrowed(iterable, iterable.pos())));
        }
        if (Types.isStringLike(iterable.type())) {
            // A String iterates over its characters (code points), each a String.
            // (Mojo 1.0 iterates over user-perceived characters, grapheme clusters; 25.x over code points)
            boolean graphemes = ctx.inMojo1Program();
            iterable = new TExpr.IntrinsicCall(iterable.pos(), ListType.of(Types.STRING),
                            graphemes ? Intrinsic.STRING_GRAPHEME_SLICES : Intrinsic.STRING_CODEPOINT_SLICES,
                            List.of(conventions.borrowedString(iterable, iterable.pos())), false);
        }
        if (backward && !(iterable.type() instanceof ListType)) {
            throw ctx.error(f.iterable().pos(), "'reversed' is supported for lists, strings and ranges only yet, not '" + iterable.type().name() + "'");
        }
        if (!(iterable.type() instanceof ListType lt)) {
            throw ctx.error(f.iterable().pos(), "'" + iterable.type().name() + "' is not iterable (only 'range' and lists are, yet)");
        }
        if (!enumerate && f.targets().size() > 1 && lt.element instanceof TupleType tt && tt.elements.size() == f.targets().size()) {
            // for a, b in pairs: the loop runs over the tuples, each unpacked into fresh variables
            String tuple = "(unpacked tuple)";
            List<Stmt> body = new ArrayList<>();
            for (int i = 0; i < f.targets().size(); i++) {
                Expr element = new Expr.Index(f.pos(), new Expr.Name(f.pos(), tuple),
                                List.of(new Expr.Arg(f.pos(), null, new Expr.IntLit(f.pos(), String.valueOf(i)), false)));
                body.add(new Stmt.VarDecl(f.pos(), f.targets().get(i), null, element));
            }
            body.addAll(f.body());
            f = new Stmt.For(f.pos(), List.of(tuple), false, f.iterable(), body, f.otherwise(), f.compileTime());
        }
        if (f.targets().size() != (enumerate ? 2 : 1)) {
            throw ctx.error(f.pos(), "a list loop has one loop variable (or one per element of its tuples)");
        }
        Scope saved = ctx.scope;
        ctx.scope = new Scope(ctx.scope);
        Local index = ctx.newLocal(enumerate ? f.targets().get(0) : "(list index)", Types.INT, f.pos());
        if (enumerate) {
            ctx.scope.names.put(f.targets().get(0), index);
            f = new Stmt.For(f.pos(), List.of(f.targets().get(1)), f.byRef(), f.iterable(), f.body(), f.otherwise(), f.compileTime());
        }
        TExpr list = iterable;
        // A list that something else owns (a variable, an element of another list, a dict value, a
        // pointee, a tuple element) is iterated where it is; only a new list is held (and then destroyed) by a temporary.
        boolean owned = !Conventions.isPlace(list) && !TExprs.isMemoryPlace(list)
                        && !TExprs.isObjectElementPlace(list) && !Conventions.isView(list);
        if (owned) {
            Local temp = ctx.newLocal("(iterated list)", lt, f.iterable().pos());
            list = new TExpr.Temp(iterable.pos(), lt, temp, iterable);
        }
        TExpr listPlace = list instanceof TExpr.Temp t ? new TExpr.ReadLocal(t.pos(), lt, t.temp()) : list;
        if (f.byRef() && list instanceof TExpr.Deref d && !(d.pointer() instanceof TExpr.ReadLocal)) {
            // `for ref e in d[k]`: the list's address is computed once, and each use of e finds the list there
            // (computing it at each use looked the key up again, and a failed lookup there destroyed d twice)
            PointerType pt = PointerType.of(d.type());
            Local address = ctx.newLocal("(iterated list address)", pt, d.pos());
            TExpr computed = new TExpr.Memory(d.pos(), pt, TExpr.MemoryOp.OFFSET, d.type(), List.of(d.pointer(), d.index()));
            list = new TExpr.Deref(d.pos(), d.type(), new TExpr.Temp(d.pos(), pt, address, computed), Expressions.intConst(d.pos(), 0));
            listPlace = new TExpr.Deref(d.pos(), d.type(), new TExpr.ReadLocal(d.pos(), pt, address), Expressions.intConst(d.pos(), 0));
        }
        Local variable = null;
        if (f.byRef()) {
            ctx.scope.names.put(f.targets().get(0), new RefAlias(new TExpr.ListElement(f.pos(), lt.element, listPlace,
                            new TExpr.ReadLocal(f.pos(), Types.INT, index))));
        } else {
            // The loop variable is a view of the element (READ): the list keeps owning it.
            variable = new Local(f.targets().get(0), lt.element, f.pos(), Stmt.Convention.READ, -1, ctx.function.locals.size(), false);
            ctx.function.locals.add(variable);
            ctx.scope.names.put(variable.name, variable);
        }
        TStmt body;
        try {
            body = loopBody(f.body(), f.pos());
        } finally {
            ctx.scope = saved;
        }
        TStmt otherwise = f.otherwise().isEmpty() ? null : block(f.otherwise(), f.pos());
        return new TStmt.ForList(f.pos(), variable, f.byRef(), list, index, backward, body, otherwise);
    }

    /**
     * {@code for x in o} of a PythonObject: Python's iteration, as a while loop over an iterator held
     * in a hidden variable; each element is a fresh PythonObject variable.
     */
    private TStmt forPython(Stmt.For f, TExpr iterable) {
        if (f.targets().size() != 1 || f.byRef()) {
            throw ctx.error(f.pos(), "a loop over a PythonObject has one loop variable");
        }
        Local iterator = ctx.newLocal("(python iterator)", Types.PYTHON_OBJECT, f.pos());
        TExpr current = new TExpr.ReadLocal(f.pos(), Types.PYTHON_OBJECT, iterator);
        TStmt start = new TStmt.WriteLocal(f.pos(), iterator, ctx.python.iterator(f.pos(), iterable), true);
        TExpr hasNext = ctx.python.hasNext(f.pos(), current);
        Scope saved = ctx.scope;
        ctx.scope = new Scope(ctx.scope);
        TStmt body;
        try {
            Local variable = ctx.newLocal(f.targets().get(0), Types.PYTHON_OBJECT, f.pos());
            ctx.scope.names.put(variable.name, variable);
            TStmt next = new TStmt.WriteLocal(f.pos(), variable, ctx.python.next(f.pos(), current), true);
            body = new TStmt.Block(f.pos(), List.of(next, loopBody(f.body(), f.pos())));
        } finally {
            ctx.scope = saved;
        }
        TStmt otherwise = f.otherwise().isEmpty() ? null : block(f.otherwise(), f.pos());
        return new TStmt.Block(f.pos(), List.of(start, new TStmt.While(f.pos(), hasNext, body, otherwise)));
    }

    /** Whether a struct value is an iterator ({@code __has_next__} and {@code __next__}). */
    private static boolean isIterator(Type t) {
        return t instanceof StructType st && !st.methods("__has_next__").isEmpty()
                        && (!st.methods("__next__").isEmpty() || !st.methods("__next_ref__").isEmpty());
    }

    /**
     * Whether a loop over the struct uses the iterator protocol: it is an iterator itself, or its
     * {@code __iter__} (for {@code reversed(x)}, its {@code __reversed__}) returns one.
     */
    private static boolean iteratesWithIterator(StructType st, boolean backward) {
        List<Function> makers = st.methods(backward ? "__reversed__" : "__iter__");
        if (!backward && isIterator(st)) {
            return true;
        }
        return makers.size() == 1 && !makers.get(0).isTemplate && isIterator(makers.get(0).resultType);
    }

    /**
     * {@code for x in iterable} with the iterator protocol: the iterator (the value itself, or what
     * its {@code __iter__} returns) is held in a hidden variable, and each round that
     * {@code __has_next__()} allows binds x to {@code __next__()}. An iterable the loop makes is
     * held for the whole loop, and one that lives elsewhere is kept alive until the loop ends (the
     * iterator may point into it).
     */
    private TStmt forIterator(Stmt.For f, TExpr iterable, StructType st, boolean backward) {
        if (f.targets().size() != 1) {
            throw ctx.error(f.pos(), "a loop over an iterator has one loop variable");
        }
        SourcePos pos = f.iterable().pos();
        List<TStmt> out = new ArrayList<>();
        Scope saved = ctx.scope;
        ctx.scope = new Scope(ctx.scope);
        try {
            TExpr keepAlive = null;
            TExpr iteratorValue = iterable;
            if (backward || !isIterator(st)) {
                TExpr source = iterable;
                if (!Conventions.isPlace(iterable) && !TExprs.isMemoryPlace(iterable) && !TExprs.isObjectElementPlace(iterable)
                                && !Conventions.isView(iterable)) {
                    Local held = ctx.newLocal("(iterated value)", st, pos);
                    out.add(new TStmt.WriteLocal(pos, held, conventions.owned(iterable, pos), true));
                    source = new TExpr.ReadLocal(pos, st, held);
                }
                keepAlive = source;
                iteratorValue = calls.methodCall(pos, source, st, backward ? "__reversed__" : "__iter__", List.of());
            }
            StructType it = (StructType) iteratorValue.type();
            Local iterator = ctx.newLocal("(iterator)", it, pos);
            out.add(new TStmt.WriteLocal(pos, iterator, conventions.owned(iteratorValue, pos), true));
            TExpr condition = conversions.coerce(calls.methodCall(pos, new TExpr.ReadLocal(pos, it, iterator), it, "__has_next__", List.of()),
                            Types.BOOL, pos);
            // for ref x binds x to the element itself where the iterator can give a reference to it
            boolean byRef = it.methods("__next__").isEmpty() || f.byRef() && !it.methods("__next_ref__").isEmpty();
            TExpr next = calls.methodCall(pos, new TExpr.ReadLocal(pos, it, iterator), it, byRef ? "__next_ref__" : "__next__", List.of());
            List<Stmt> body = new ArrayList<>();
            body.add(f.byRef() && byRef ? new Stmt.RefDecl(f.pos(), f.targets().get(0), new Expr.Checked(pos, next))
                            : new Stmt.VarDecl(f.pos(), f.targets().get(0), null, new Expr.Checked(pos, next)));
            body.addAll(f.body());
            TStmt loop = loopBody(body, f.pos());
            TStmt otherwise = f.otherwise().isEmpty() ? null : block(f.otherwise(), f.pos());
            out.add(new TStmt.While(f.pos(), condition, loop, otherwise));
            if (keepAlive != null) {
                out.add(new TStmt.Eval(pos, conventions.borrowed(keepAlive, pos)));
            }
            return new TStmt.Block(f.pos(), out);
        } finally {
            ctx.scope = saved;
        }
    }

    private TStmt raiseStatement(Stmt.Raise r) {
        if (r.value() == null) {
            return reraise(r);
        }
        Type declared = ctx.function == null ? null : ctx.function.errorType;
        TExpr value = expressions.expression(r.value(), declared != null ? declared : Types.ERROR_VALUE);
        if (Types.isStringLike(value.type()) && declared == null) {
            value = new TExpr.Format(value.pos(), Types.ERROR_VALUE, List.of(conversions.coerce(value, Types.STRING, value.pos())));
        } else if (value.type() instanceof StructType st) {
            return raiseTyped(r, value, st);
        } else if (value.type() != Types.ERROR_VALUE) {
            throw ctx.error(r.value().pos(), "cannot raise a value of type '" + value.type().name() + "': raise an 'Error'");
        }
        ctx.checkMayRaise(r.pos(), "'raise'", null);
        return new TStmt.Raise(r.pos(), value, null);
    }

    /** A bare {@code raise} in an {@code except} block: the error being handled, raised again. */
    private TStmt reraise(Stmt.Raise r) {
        if (ctx.handledErrors.isEmpty()) {
            throw ctx.error(r.pos(), "a bare 'raise' raises the error being handled again: it must be inside an 'except' block");
        }
        Local error = ctx.handledErrors.peek().local(ctx);
        TExpr value = conventions.owned(new TExpr.ReadLocal(r.pos(), error.type, error), r.pos());
        if (error.type instanceof StructType st) {
            return raiseTyped(r.pos(), value, st);
        }
        ctx.checkMayRaise(r.pos(), "'raise'", null);
        return new TStmt.Raise(r.pos(), value, null);
    }

    /**
     * {@code raise value} of a 1.x typed error: the value is held in a hidden variable, so that its
     * text (what it is where it is caught as an Error) can be written before the value is taken.
     */
    private TStmt raiseTyped(Stmt.Raise r, TExpr value, StructType errorType) {
        return raiseTyped(r.pos(), value, errorType);
    }

    private TStmt raiseTyped(SourcePos at, TExpr value, StructType errorType) {
        ctx.checkMayRaise(at, "'raise'", errorType);
        SourcePos pos = value.pos();
        Local held = ctx.newLocal("(raised error)", errorType, pos);
        TExpr read = new TExpr.ReadLocal(pos, errorType, held);
        boolean writable = !errorType.methods("write_to").isEmpty() || !errorType.methods("__str__").isEmpty();
        TExpr message = new TExpr.Format(pos, Types.ERROR_VALUE, List.of(writable ? builtins.printable(read, pos)
                        : new TExpr.Const(pos, Types.STRING, errorType.name())));
        return new TStmt.Block(at, List.of(new TStmt.WriteLocal(pos, held, conventions.owned(value, pos), true),
                        new TStmt.Raise(at, conventions.owned(new TExpr.ReadLocal(pos, errorType, held), pos), message)));
    }

    private TStmt tryStatement(Stmt.Try t) {
        if (t.handlers().size() > 1) {
            throw ctx.error(t.handlers().get(1).pos(), "only one 'except' clause is supported (Mojo has one error type)");
        }
        Stmt.ExceptClause clause = t.handlers().isEmpty() ? null : t.handlers().get(0);
        Set<Type> raised = new HashSet<>();
        if (clause != null) {
            ctx.catchingDepth++;
            ctx.caughtErrors.push(raised);
        }
        TStmt body;
        try {
            body = block(t.body(), t.pos());
        } finally {
            if (clause != null) {
                ctx.catchingDepth--;
                ctx.caughtErrors.pop();
            }
        }
        // 1.x: what the body raises decides the type of the error the handler binds; errors of
        // different types are caught as an Error
        Type caught = raised.size() == 1 ? raised.iterator().next() : Types.ERROR_VALUE;
        Local error = null;
        TStmt handler = null;
        if (clause != null) {
            Scope saved = ctx.scope;
            ctx.scope = new Scope(ctx.scope);
            try {
                if (clause.name() != null) {
                    error = new Local(clause.name(), caught, clause.pos(), null, -1, ctx.function.locals.size(), true);
                    ctx.function.locals.add(error);
                    ctx.scope.names.put(clause.name(), error);
                }
                ctx.handledErrors.push(new FunctionContext.HandledError(caught, clause.pos(), error));
                handler = block(clause.body(), clause.pos());
            } finally {
                ctx.scope = saved;
                error = ctx.handledErrors.pop().local; // (one a bare `raise` needed, where the clause named none)
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
            throw ctx.error(w.pos(), "only one context manager per 'with' is supported yet");
        }
        Stmt.WithItem item = w.items().get(0);
        if (item.context() instanceof Expr.Call ac && ac.callee() instanceof Expr.Name an && ctx.lookupGlobalOrLocal(an.name()) == Builtin.ASSERT_RAISES) {
            return assertRaises(w, ac);
        }
        TExpr context = expressions.expression(item.context(), null);
        if (!(context.type() instanceof StructType st)) {
            throw ctx.error(item.context().pos(), "'" + context.type().name() + "' is not a context manager (it needs __enter__ and __exit__)");
        }
        Scope saved = ctx.scope;
        ctx.scope = new Scope(ctx.scope);
        try {
            List<TStmt> out = new ArrayList<>();
            Local holder = ctx.newLocal("(with context)", st, item.context().pos());
            out.add(new TStmt.WriteLocal(w.pos(), holder, conventions.owned(context, item.context().pos()), true));
            TExpr held = new TExpr.ReadLocal(w.pos(), st, holder);
            TExpr enter = calls.methodCall(w.pos(), held, st, "__enter__", List.of());
            if (item.name() != null) {
                Type t = assignments.valueType(enter, w.pos());
                Local bound = ctx.newLocal(item.name(), t, w.pos());
                ctx.scope.names.put(item.name(), bound);
                out.add(new TStmt.WriteLocal(w.pos(), bound, conventions.owned(enter, w.pos()), true));
            } else {
                out.add(new TStmt.Eval(w.pos(), conventions.borrowed(enter, w.pos())));
            }
            TStmt body = block(w.body(), w.pos());
            TStmt exit = new TStmt.Eval(w.pos(), conventions.borrowed(calls.methodCall(w.pos(), new TExpr.ReadLocal(w.pos(), st, holder), st, "__exit__", List.of()),
                            w.pos()));
            out.add(new TStmt.Try(w.pos(), body, null, null, null, exit));
            return new TStmt.Block(w.pos(), out);
        } finally {
            ctx.scope = saved;
        }
    }

    /**
     * {@code with assert_raises(contains="text"):} - the block must raise an error (whose message
     * contains the text); otherwise the assertion raises.
     */
    private TStmt assertRaises(Stmt.With w, Expr.Call call) {
        ctx.checkMayRaise(w.pos(), "'assert_raises'");
        TExpr contains = null;
        for (Expr.Arg a : call.args()) {
            if ("contains".equals(a.keyword())) {
                contains = conventions.borrowedString(expressions.expression(a.value(), Types.STRING), a.pos());
            } else {
                throw ctx.error(a.pos(), "invalid call to 'assert_raises': expected only 'contains='");
            }
        }
        ctx.catchingDepth++;
        ctx.caughtErrors.push(new HashSet<>());
        TStmt body;
        try {
            body = block(w.body(), w.pos());
        } finally {
            ctx.catchingDepth--;
            ctx.caughtErrors.pop();
        }
        Local error = ctx.newLocal("(raised error)", Types.ERROR_VALUE, w.pos());
        TStmt handler = new TStmt.Eval(w.pos(), new TExpr.IntrinsicCall(w.pos(), Types.NONE, Intrinsic.ASSERT_RAISES, contains == null
                        ? List.of(new TExpr.ReadLocal(w.pos(), Types.ERROR_VALUE, error))
                        : List.of(new TExpr.ReadLocal(w.pos(), Types.ERROR_VALUE, error), contains), true));
        TStmt notRaised = new TStmt.Raise(w.pos(), new TExpr.Format(w.pos(), Types.ERROR_VALUE,
                        List.of(new TExpr.Const(w.pos(), Types.STRING, "AssertionError: Didn't raise at " + ctx.diagnostics.fileName() + ":"
                                        + call.pos().line() + ":" + call.pos().column()))), null);
        return new TStmt.Try(w.pos(), body, error, handler, notRaised, null);
    }

    /**
     * 1.x {@code assert condition[, message]}: a {@code debug_assert}, checked here (a Bool condition,
     * a Writable message) and, as in Mojo without {@code -D ASSERT=all}, not run.
     */
    private TStmt assertStatement(Stmt.Assert a) {
        TExpr condition = conversions.coerce(expressions.expression(a.condition(), Types.BOOL), Types.BOOL, a.condition().pos());
        TExpr message = a.message() == null ? new TExpr.Const(a.pos(), Types.STRING, "assertion failed")
                        : builtins.printable(expressions.expression(a.message(), null), a.message().pos());
        String mode = ctx.module.define("ASSERT");
        if (!"all".equals(mode) && !"warn".equals(mode)) {
            return null; // (Mojo's default, ASSERT=safe, leaves `assert` out)
        }
        // a warning reads as Mojo's: "At: file:line:col: Assert Error: message" (the column of the condition)
        String at = "At: " + ctx.diagnostics.fileName() + ":" + a.condition().pos().line() + ":" + a.condition().pos().column() + ": ";
        TExpr text = conventions.borrowed(new TExpr.Format(a.pos(), Types.STRING, List.of(message)), a.pos());
        TStmt fail = new TStmt.Eval(a.pos(), new TExpr.IntrinsicCall(a.pos(), Types.NONE, Intrinsic.ASSERT_FAILED,
                        List.of(text, new TExpr.Const(a.pos(), Types.STRING, "warn".equals(mode) ? at : "")), false));
        return new TStmt.If(a.pos(), new TExpr.Prim(a.pos(), Types.BOOL, PrimOp.BOOL_NOT, List.of(condition)), fail, null);
    }

    private TStmt returnStatement(Stmt.Return r) {
        Type result = ctx.function.resultType;
        if (r.value() == null || (r.value() instanceof Expr.NoneLit && !(result instanceof OptionalType))) {
            if (result != Types.NONE && result != Types.ERROR && ctx.function.outParam == null) {
                throw ctx.error(r.pos(), "return value of type '" + result.name() + "' expected");
            }
            return new TStmt.Return(r.pos(), null);
        }
        if (ctx.function.outParam != null) {
            throw ctx.error(r.value().pos(), "cannot return a value from a function with an 'out' argument");
        }
        TExpr value = expressions.expression(r.value(), result);
        if (result == Types.NONE && value.type() == Types.NONE && !(value instanceof TExpr.Const)) {
            // `return hasher.update(x)`: a call that gives None, returned from a function that gives None
            return new TStmt.Block(r.pos(), List.of(new TStmt.Eval(r.pos(), value), new TStmt.Return(r.pos(), null)));
        }
        if (result == Types.NONE) {
            throw ctx.error(r.value().pos(), "cannot return a value from a function without a result type");
        }
        if (ctx.function.returnsRef) {
            // A reference result: the place itself is handed out, not a copy. It must not point into
            // this function's own variables, which die when it returns.
            TExpr base = value;
            while (base instanceof TExpr.FieldRead fr) {
                base = fr.object();
            }
            if (base instanceof TExpr.ReadLocal rl && !rl.local().isParameter()) {
                throw ctx.error(r.value().pos(), "cannot return a reference to local variable '" + rl.local().name
                                + "': the reference would outlive its owner");
            }
            if (value instanceof TExpr.RefTarget rt) {
                return new TStmt.Return(r.pos(), rt.call()); // hand the reference on
            }
            return new TStmt.Return(r.pos(), new TExpr.MakeRef(r.value().pos(), result, conversions.coerce(value, result, r.value().pos())));
        }
        return new TStmt.Return(r.pos(), conventions.owned(conversions.coerce(value, result, r.value().pos()), r.value().pos()));
    }
}
