package org.trufflemojo.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.trufflemojo.core.DType;
import org.trufflemojo.core.DictOpKind;
import org.trufflemojo.core.Intrinsic;
import org.trufflemojo.core.LaneOp;
import org.trufflemojo.core.LiteralBytes;
import org.trufflemojo.core.OptionalOpKind;
import org.trufflemojo.core.PrimOp;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.typed.types.OptionalType;
import org.trufflemojo.typed.types.Trait;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.PointerType;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.TupleType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.Types;
import org.trufflemojo.typed.types.VectorType;

/**
 * The built-in functions ({@code len}, {@code abs}, {@code min} / {@code max}, {@code repr}, the
 * math and testing functions, ...), the constructors of built-in types ({@code Int(x)},
 * {@code String(x)}, ...) and the text of a value as {@code print} and {@code format} write it.
 */
final class BuiltinCalls {
    private final FunctionContext ctx;
    private Expressions expressions;
    private Operators operators;
    private Calls calls;
    private CollectionMethods collections;
    private Conversions conversions;
    private Conventions conventions;

    BuiltinCalls(FunctionContext ctx) {
        this.ctx = ctx;
    }

    /** Connects the collaborators; they use each other, so they are connected once all exist. */
    void wire(Expressions expressions, Operators operators, Calls calls, CollectionMethods collections, Conversions conversions,
                    Conventions conventions) {
        this.expressions = expressions;
        this.operators = operators;
        this.calls = calls;
        this.collections = collections;
        this.conversions = conversions;
        this.conventions = conventions;
    }

    List<TExpr> positionalOnly(Expr.Call c, String name) {
        List<TExpr> args = new ArrayList<>();
        for (Expr.Arg a : c.args()) {
            if (a.keyword() != null) {
                throw ctx.error(a.pos(), "invalid call to '" + name + "': unexpected keyword argument '" + a.keyword() + "'");
            }
            args.add(expressions.expression(a.value(), null));
        }
        return args;
    }

    /**
     * {@code len(VariadicList(Ts))} of a variadic type parameter {@code *Ts}: the number of types in
     * the pack, a compile-time constant (so a {@code @parameter for} over it unrolls); else null.
     */
    private TExpr packLength(Expr.Call c) {
        if (c.args().size() == 1 && c.args().get(0).value() instanceof Expr.Call list && list.callee() instanceof Expr.Name ln
                        && ln.name().equals("VariadicList") && ctx.lookupGlobalOrLocal("VariadicList") == null && list.args().size() == 1
                        && list.args().get(0).value() instanceof Expr.Name pack && !(ctx.lookupGlobalOrLocal(pack.name()) instanceof Local)
                        && expressions.resolveType(pack) instanceof TupleType tt) {
            return new TExpr.Const(c.pos(), Types.INT, (long) tt.elements.size());
        }
        return null;
    }

    TExpr builtinCall(Expr.Call c, Builtin b, String name) {
        if (b == Builtin.PRINT) {
            throw ctx.error(c.pos(), "'print' does not return a value");
        }
        if (b == Builtin.RANGE) {
            throw new IllegalStateException("range(...) as a value is a call of the library's range");
        }
        if (b == Builtin.CONFORMS_TO) {
            return conformsTo(c);
        }
        if (b == Builtin.ASSERT_EQUAL || b == Builtin.ASSERT_NOT_EQUAL) {
            return assertEquality(c, b, name);
        }
        if (b == Builtin.LEN && packLength(c) instanceof TExpr.Const n) {
            return n;
        }
        if (b == Builtin.LEN && c.args().size() == 1 && c.args().get(0).value() instanceof Expr.Name pn
                        && ctx.lookupGlobalOrLocal(pn.name()) instanceof ValuePack pack) {
            return Expressions.intConst(c.pos(), pack.values().size()); // len(mask) of a compile-time value pack
        }
        if (b == Builtin.LEN && c.args().size() == 1 && c.args().get(0).value() instanceof Expr.Name pn
                        && ctx.lookupGlobalOrLocal(pn.name()) instanceof FunctionPack pack) {
            return Expressions.intConst(c.pos(), pack.functions().size()); // len(test_funcs) of a compile-time tuple of functions
        }
        List<TExpr> args = positionalOnly(c, name);
        switch (b) {
            case REPR -> {
                expectArgs(c, name, args, 1);
                return collections.repr(args.get(0), c.pos());
            }
            case HASH -> {
                expectArgs(c, name, args, 1);
                return collections.hash(args.get(0), args.get(0).pos());
            }
            case ENUMERATE -> throw ctx.error(c.pos(), "'enumerate' can only be used in a 'for' loop yet");
            case REVERSED -> throw ctx.error(c.pos(), "'reversed' can only be used in a 'for' loop over a list, a string or a range yet");
            case SIZE_OF, ALIGN_OF, BITWIDTH_OF -> throw ctx.error(c.pos(), "'" + name + "' needs the type: e.g. " + name + "[Int]()");
            case REBIND, TYPE_IS_EQ, TRAIT_DOWNCAST -> throw ctx.error(c.pos(), "'" + name + "' needs its type parameters: e.g. " + name
                            + (b == Builtin.REBIND ? "[Int](value)" : b == Builtin.TRAIT_DOWNCAST ? "[Equatable](value)" : "[Int, T]()"));
            case CONSTRAINED -> throw ctx.error(c.pos(), "'constrained' needs its condition: e.g. constrained[n > 0, \"n must be positive\"]()");
            case IS_DEFINED, DEFINED_INT, DEFINED_STRING, DEFINED_BOOL -> throw ctx.error(c.pos(), "'" + name
                            + "' needs the define's name as a compile-time parameter: e.g. " + name + "[\"NAME\"]()");
            case MATERIALIZE, GLOBAL_CONSTANT, REFLECT -> throw ctx.error(c.pos(), "'" + name + "' needs its compile-time argument: e.g. " + name
                            + (b == Builtin.REFLECT ? "[Int].name()" : "[value]()"));
            case SOURCE_LOCATION -> {
                expectArgs(c, name, args, 0);
                return calls.sourceLocation(c.pos());
            }
            case CALL_LOCATION -> {
                expectArgs(c, name, args, 0);
                Local hidden = ctx.function.params.stream().filter(p -> p.name.equals(Signatures.CALL_LOCATION)).findFirst().orElseThrow();
                return conventions.owned(new TExpr.ReadLocal(c.pos(), hidden.type, hidden), c.pos());
            }
            case FUNCTIONS_IN_MODULE -> throw ctx.error(c.pos(),
                            "'" + name + "()' is a compile-time tuple of functions: pass it as a compile-time argument, e.g. TestSuite.discover_tests[__functions_in_module()]()");
            case GET_FUNCTION_NAME -> throw ctx.error(c.pos(), "'" + name + "' needs the function: e.g. " + name + "[main]()");
            case POW -> {
                expectArgs(c, name, args, 2);
                return operators.binary(c.pos(), Expr.BinOp.POW, args.get(0), args.get(1));
            }
            case LEN -> {
                expectArgs(c, name, args, 1);
                TExpr v = args.get(0);
                if (PythonOperations.isPython(v)) {
                    return ctx.python.len(c.pos(), v);
                }
                if (v instanceof TExpr.Const k && k.type() == Types.STRING_LITERAL) {
                    return Expressions.intConst(c.pos(), LiteralBytes.of((String) k.value()).length);
                }
                if (Types.isStringLike(v.type())) {
                    return new TExpr.Prim(c.pos(), Types.INT, PrimOp.STR_LEN, List.of(conventions.borrowedString(v, v.pos())));
                }
                if (v.type() instanceof ListType lt) {
                    return collections.listOp(c.pos(), Types.INT, TExpr.ListOpKind.LEN, lt, conventions.borrowed(v, v.pos()));
                }
                if (v.type() instanceof DictType dt) {
                    return new TExpr.DictOp(c.pos(), Types.INT, DictOpKind.LEN, dt, List.of(conventions.borrowed(v, v.pos())));
                }
                if (v.type() instanceof TupleType tt) {
                    return new TExpr.Const(c.pos(), Types.INT, (long) tt.elements.size());
                }
                if (v.type() instanceof VectorType vt) {
                    return new TExpr.Const(c.pos(), Types.INT, (long) vt.width);
                }
                if (v.type() instanceof StructType st && !st.methods("__len__").isEmpty()) {
                    return operators.dunder(c.pos(), v, st, "__len__", null);
                }
                throw ctx.error(v.pos(), "'" + v.type().name() + "' does not implement the 'Sized' trait");
            }
            case MIN, MAX -> {
                if (args.isEmpty()) {
                    throw ctx.error(c.pos(), "invalid call to '" + name + "': expected at least 1 argument, got 0");
                }
                TExpr acc = args.get(0);
                if (args.size() == 1) {
                    Type t = Types.materialize(acc.type());
                    if (!(t == Types.INT || t == Types.UINT || t == Types.FLOAT64 || t == Types.STRING || t instanceof ScalarType || t instanceof VectorType)) {
                        throw ctx.error(c.pos(), "'" + t.name() + "' is not comparable");
                    }
                    return conversions.coerce(acc, t, c.pos()); // min(x) is x
                }
                for (int i = 1; i < args.size(); i++) {
                    TExpr next = args.get(i);
                    if (acc.type() instanceof VectorType || next.type() instanceof VectorType) {
                        // lane by lane; a scalar is broadcast
                        VectorType vt = acc.type() instanceof VectorType av ? av : (VectorType) next.type();
                        acc = new TExpr.VectorOp(c.pos(), vt, TExpr.VectorOpKind.BINARY, vt, b == Builtin.MIN ? LaneOp.MIN : LaneOp.MAX,
                                        List.of(collections.vectorOperand(acc, vt, c.pos()), collections.vectorOperand(next, vt, next.pos())));
                        continue;
                    }
                    Type t = conversions.unify(acc.type(), next.type(), c.pos());
                    PrimOp op;
                    if (t instanceof ScalarType st && st.isFloat()) {
                        op = b == Builtin.MIN ? PrimOp.FLOAT_MIN : PrimOp.FLOAT_MAX;
                    } else if (t instanceof ScalarType st && st.isWide()) {
                        op = b == Builtin.MIN ? PrimOp.WIDE_MIN : PrimOp.WIDE_MAX;
                    } else if (t instanceof ScalarType st && st.kind == DType.Kind.SIGNED) {
                        op = b == Builtin.MIN ? PrimOp.INT_MIN : PrimOp.INT_MAX;
                    } else if (t instanceof ScalarType) {
                        op = b == Builtin.MIN ? PrimOp.UINT_MIN : PrimOp.UINT_MAX;
                    } else if (t == Types.BOOL) {
                        op = b == Builtin.MIN ? PrimOp.BOOL_AND : PrimOp.BOOL_OR;
                    } else if (t == Types.INT) {
                        op = b == Builtin.MIN ? PrimOp.INT_MIN : PrimOp.INT_MAX;
                    } else if (t == Types.UINT) {
                        op = b == Builtin.MIN ? PrimOp.UINT_MIN : PrimOp.UINT_MAX;
                    } else if (t == Types.FLOAT64) {
                        op = b == Builtin.MIN ? PrimOp.FLOAT_MIN : PrimOp.FLOAT_MAX;
                    } else if (t == Types.STRING) {
                        op = b == Builtin.MIN ? PrimOp.STR_MIN : PrimOp.STR_MAX;
                    } else {
                        throw ctx.error(c.pos(), "'" + t.name() + "' is not comparable");
                    }
                    acc = new TExpr.Prim(c.pos(), t, op, List.of(conventions.borrowed(conversions.coerce(acc, t, c.pos()), c.pos()), conventions.borrowed(conversions.coerce(next, t, next.pos()), next.pos())));
                }
                return acc;
            }
            case ASSERT_RAISES -> throw ctx.error(c.pos(), "'assert_raises' is a context manager: with assert_raises(): ...");
            default -> throw new IllegalStateException(name + " is checked above"); // print, range
        }
    }

    /**
     * {@code assert_equal(lhs, rhs, msg="")} / {@code assert_not_equal}: the two values compared as
     * their common type, and their text kept for the message. {@code msg} may be a keyword.
     */
    /** {@code conforms_to(T, Trait)}: whether the type conforms to the trait (or all of {@code A & B}), a compile-time Bool. */
    private TExpr conformsTo(Expr.Call c) {
        if (c.args().size() != 2 || c.args().stream().anyMatch(a -> a.keyword() != null)) {
            throw ctx.error(c.pos(), "invalid call to 'conforms_to': expected a type and a trait");
        }
        Type t = expressions.resolveType(c.args().get(0).value());
        List<Trait> traits = ctx.module.traitBounds(c.args().get(1).value());
        if (traits == null) {
            throw ctx.error(c.args().get(1).pos(), "'conforms_to' expects a trait as its second argument");
        }
        return new TExpr.Const(c.pos(), Types.BOOL, traits.stream().allMatch(trait -> ctx.module.conforms(t, trait)));
    }

    /** A literal whose type the context decides: a list, set or dict literal, or None. */
    private static boolean isContextTyped(Expr e) {
        return e instanceof Expr.ListLit || e instanceof Expr.DictLit || e instanceof Expr.SetLit || e instanceof Expr.NoneLit;
    }

    private TExpr assertEquality(Expr.Call c, Builtin b, String name) {
        List<TExpr> args = new ArrayList<>();
        TExpr message = null;
        Expr location = null;
        for (Expr.Arg a : c.args()) {
            if ("msg".equals(a.keyword())) {
                message = expressions.expression(a.value(), null);
            } else if ("location".equals(a.keyword())) {
                location = a.value();
            } else if (a.keyword() != null) {
                throw ctx.error(a.pos(), "invalid call to '" + name + "': unexpected keyword argument '" + a.keyword() + "'");
            } else {
                // (a literal with no type of its own, [0, 1], {}, None, takes the other value's: assert_equal(xs, [0, 1]))
                Type other = args.size() == 1 && isContextTyped(a.value()) ? Types.materialize(args.get(0).type()) : null;
                args.add(expressions.expression(a.value(), other));
            }
        }
        if (message != null) {
            args.add(message);
        }
        ctx.checkMayRaise(c.pos(), "'" + name + "'");
        if (args.size() < 2 || args.size() > 3) {
            throw ctx.error(c.pos(), "invalid call to '" + name + "': expected two values and an optional message");
        }
        // Compare as the two values' common type, and keep their text for the message. Each value
        // is used twice, so one that is computed is evaluated once, into a hidden local.
        TExpr a = args.get(0);
        TExpr bb = args.get(1);
        Type at = a.type();
        Type bt = bb.type();
        // assert_equal[T](lhs: T, rhs: T): T is lhs's type, and an Int converts implicitly to a UInt (and back)
        Type t;
        if (at == Types.UINT && bt == Types.INT || at == Types.INT && bt == Types.UINT) {
            t = at;
            bb = new TExpr.Prim(bb.pos(), at, at == Types.UINT ? PrimOp.INT_TO_UINT : PrimOp.UINT_TO_INT, List.of(bb));
        } else {
            t = conversions.unify(a.type(), bb.type(), c.pos());
        }
        TExpr a1 = conventions.evaluatedOnce(conversions.coerce(a, t, c.pos()));
        TExpr b1 = conventions.evaluatedOnce(conversions.coerce(bb, t, c.pos()));
        TExpr equal;
        boolean floatScalar = t instanceof ScalarType st && st.isFloat() || t == Types.FLOAT64;
        if (t instanceof VectorType || floatScalar && b == Builtin.ASSERT_EQUAL) {
            // vectors are equal when every lane is, a NaN lane matching a NaN lane (so does a float scalar, a SIMD of one lane)
            equal = expressions.libraryMethodCall(c.pos(), "builtin.simd", "__all_lanes_eq__", a1,
                            List.of(new Expr.Arg(bb.pos(), null, new Expr.Checked(bb.pos(), b1), false)));
        } else {
            equal = operators.compare(new Expr.Compare(c.pos(), List.of(new Expr.Checked(a.pos(), a1), new Expr.Checked(bb.pos(), b1)),
                            List.of(Expr.CompareOp.EQ)));
        }
        List<TExpr> ops = new ArrayList<>();
        ops.add(equal);
        ops.add(conventions.borrowed(new TExpr.Format(c.pos(), Types.STRING, List.of(printable(Conventions.again(a1), c.pos()))), c.pos()));
        ops.add(conventions.borrowed(new TExpr.Format(c.pos(), Types.STRING, List.of(printable(Conventions.again(b1), c.pos()))), c.pos()));
        ops.add(conventions.borrowedString(wherePrefix(location, c.pos()), c.pos()));
        if (args.size() == 3) {
            ops.add(conventions.borrowedString(args.get(2), c.pos()));
        }
        return new TExpr.IntrinsicCall(c.pos(), Types.NONE, b == Builtin.ASSERT_EQUAL ? Intrinsic.ASSERT_EQUAL : Intrinsic.ASSERT_NOT_EQUAL, ops, true);
    }

    /**
     * How an assertion's error starts, {@code "At file:line:col: "}: at the location the call
     * passes ({@code location=}, an optional one falling back to the call), else at the call.
     */
    private TExpr wherePrefix(Expr location, SourcePos call) {
        if (location == null) {
            return new TExpr.Const(call, Types.STRING, "At " + ctx.diagnostics.fileName() + ":" + call.line() + ":" + call.column() + ": ");
        }
        TExpr given = expressions.expression(location, null);
        Expr place = new Expr.Checked(location.pos(), given);
        if (given.type() instanceof OptionalType) {
            place = new Expr.Call(call, new Expr.Attribute(call, place, "or_else"),
                            List.of(new Expr.Arg(call, null, new Expr.Checked(call, calls.sourceLocation(call)), false)));
        }
        return expressions.expression(new Expr.Call(call, new Expr.Attribute(call, place, "prefix"),
                        List.of(new Expr.Arg(call, null, new Expr.StrLit(call, ""), false))), null);
    }

    /**
     * {@code String(a, b, ..., sep=s, end=e)} (and {@code String.write}): the values' text, with
     * sep between each two and end after the last. The constructors with other keywords
     * ({@code capacity=}, {@code bytes=}, {@code ptr=} and {@code length=}, ...) are the library's
     * {@code __string_init__} overloads.
     */
    TExpr constructString(Expr.Call c) {
        SourcePos pos = c.pos();
        List<TExpr> args = new ArrayList<>();
        TExpr sep = null;
        TExpr end = null;
        for (Expr.Arg a : c.args()) {
            if (a.keyword() == null) {
                args.add(expressions.expression(a.value(), null));
            } else if (a.keyword().equals("sep") && sep == null) {
                sep = conventions.evaluatedOnce(conventions.borrowedString(expressions.expression(a.value(), Types.STRING), a.pos()));
            } else if (a.keyword().equals("end") && end == null) {
                end = conventions.borrowedString(expressions.expression(a.value(), Types.STRING), a.pos());
            } else {
                List<Function> inits = StandardLibrary.functionsIn(ctx.module.standardModule("builtin.string"), "__string_init__");
                return calls.resolveCall(pos, "String", inits, null, c.args());
            }
        }
        if (args.size() == 1 && variadicPack(args.get(0)) instanceof TupleType pack) {
            // String(args) of a variadic pack `*args: *Ts`: its values' text, as if passed one by one
            TExpr packed = conventions.evaluatedOnce(conventions.borrowed(args.get(0), pos));
            args.clear();
            for (int i = 0; i < pack.elements.size(); i++) {
                args.add(new TExpr.TupleGet(pos, pack.elements.get(i), i == 0 ? packed : Conventions.again(packed), i));
            }
        }
        if (sep == null && end == null) {
            if (args.isEmpty()) {
                // String() is String(capacity=0): an empty inline string (unlike the literal "", a static string)
                return new TExpr.IntrinsicCall(pos, Types.STRING, Intrinsic.STRING_WITH_CAPACITY, List.of(new TExpr.Const(pos, Types.INT, 0L)), false);
            }
            if (args.size() == 1 && Types.materialize(args.get(0).type()) instanceof ListType lt) {
                return collections.listString(pos, args.get(0), lt);
            }
            // String(s) of a string is the string itself: the caller copies it if it is a place, or
            // takes it if it is a new value; anything else printable is formatted into a new String.
            if (args.size() == 1 && Types.isStringLike(args.get(0).type())) {
                return conversions.coerce(args.get(0), Types.STRING, pos);
            }
        }
        List<TExpr> values = new ArrayList<>();
        for (TExpr a : args) {
            if (sep != null && !values.isEmpty()) {
                values.add(printable(values.size() == 1 ? sep : Conventions.again(sep), pos));
            }
            values.add(printable(a, a.pos()));
        }
        if (end != null) {
            values.add(printable(end, pos));
        }
        return new TExpr.Format(pos, Types.STRING, values);
    }

    /** The type of a variadic parameter pack ({@code args} of {@code *args: *Ts}) that e reads, or null if e reads none. */
    private TupleType variadicPack(TExpr e) {
        if (ctx.function != null && e instanceof TExpr.ReadLocal r && r.local().isParameter() && r.type() instanceof TupleType pack) {
            int i = ctx.function.params.indexOf(r.local());
            if (i >= 0 && i < ctx.function.paramSyntax.size() && ctx.function.paramSyntax.get(i).kind() == Stmt.ParamKind.VARIADIC) {
                return pack;
            }
        }
        return null;
    }

    /** The prelude's (builtin.mojo's) overloads of a function. */
    private List<Function> preludeFunctions(String name) {
        return StandardLibrary.functionsIn(ctx.module.standardModule("builtin"), name);
    }

    void expectArgs(Expr.Call c, String name, List<TExpr> args, int n) {
        if (args.size() != n) {
            throw ctx.error(c.pos(), "invalid call to '" + name + "': expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.size());
        }
    }

    /** {@code Int(x)}, {@code Float64(x)}, {@code String(a, b)}, {@code Bool(x)}, {@code UInt(x)}. */
    TExpr construct(Expr.Call c, Type t) {
        if (c.args().size() == 1 && c.args().get(0).keyword() == null && !c.args().get(0).star()) {
            // Int(o), Float64(o), String(o), Bool(o) of a PythonObject: Python's conversion; else the
            // argument, already checked, goes on to the type's own constructors
            TExpr arg = expressions.expression(c.args().get(0).value(), null);
            if (PythonOperations.isPython(arg) && ctx.python.convert(c.pos(), arg, t) instanceof TExpr converted) {
                return converted;
            }
            Expr.Arg checked = new Expr.Arg(c.args().get(0).pos(), null, new Expr.Checked(arg.pos(), arg), false);
            c = new Expr.Call(c.pos(), c.callee(), List.of(checked));
        }
        if (t == Types.STRING) {
            return constructString(c);
        }
        if (t == Types.INT && c.args().size() == 2 && "base".equals(c.args().get(1).keyword())) {
            // Int(text, base=b) parses as atol(text, base) does
            return calls.resolveCall(c.pos(), "Int", preludeFunctions("atol"), null,
                            List.of(c.args().get(0), new Expr.Arg(c.args().get(1).pos(), null, c.args().get(1).value(), false)));
        }
        List<TExpr> args = positionalOnly(c, t.name());
        SourcePos pos = c.pos();
        if (t == Types.ERROR_VALUE) {
            List<TExpr> values = new ArrayList<>();
            for (TExpr a : args) {
                values.add(printable(a, a.pos()));
            }
            return new TExpr.Format(pos, Types.ERROR_VALUE, values);
        }

        if (args.isEmpty()) {
            if (t == Types.INT || t == Types.UINT) {
                return new TExpr.Const(pos, t, 0L);
            }
            if (t == Types.FLOAT64) {
                return new TExpr.Const(pos, t, 0.0);
            }
            if (t == Types.BOOL) {
                return new TExpr.Const(pos, t, false);
            }
            if (t == Types.NONE) {
                return new TExpr.Const(pos, t, null); // NoneType(): the None value
            }
        }
        expectArgs(c, t.name(), args, 1);
        TExpr v = args.get(0);
        Type from = v.type();
        if (t instanceof ScalarType || from instanceof ScalarType) {
            if (t == Types.BOOL) {
                return operators.toBool(v, pos);
            }
            if (from == Types.BOOL) {
                v = new TExpr.Prim(pos, Types.INT, PrimOp.BOOL_TO_INT, List.of(v));
            } else if (from == Types.INT_LITERAL && t instanceof ScalarType) {
                return conversions.coerce(v, t, pos); // folded and wrapped at compile time
            } else if (Types.isLiteral(from)) {
                v = conversions.coerce(v, from == Types.FLOAT_LITERAL ? Types.FLOAT64 : Types.INT, pos);
            }
            return new TExpr.Prim(pos, t, PrimOp.TO_SCALAR, List.of(v));
        }
        if (from instanceof StructType st) {
            String method = t == Types.INT ? "__int__" : t == Types.FLOAT64 ? "__float__" : t == Types.BOOL ? "__bool__" : null;
            if (method == null || st.methods(method).isEmpty()) {
                throw ctx.error(pos, "cannot construct '" + t.name() + "' from a value of type '" + st.name() + "'");
            }
            return operators.dunder(pos, v, st, method, null);
        }
        if (t == Types.BOOL) {
            return operators.toBool(v, pos);
        }
        if (from == t) {
            return v;
        }
        if (from instanceof PointerType && (t == Types.INT || t == Types.UINT)) {
            return new TExpr.Prim(pos, t, PrimOp.UINT_TO_INT, List.of(v)); // Int(ptr): the address, the same bits
        }
        if (Types.isLiteral(from) && from != Types.STRING_LITERAL) {
            if (t == Types.INT || t == Types.UINT) {
                if (from == Types.FLOAT_LITERAL) {
                    return new TExpr.Const(pos, t, (long) (double) (Double) ((TExpr.Const) v).value());
                }
                return conversions.coerce(v, t, pos);
            }
            if (t == Types.FLOAT64) {
                return conversions.coerce(v, t, pos);
            }
            if (t == Types.FLOAT_LITERAL && v instanceof TExpr.Const k && k.value() instanceof BigInteger i) {
                return new TExpr.Const(pos, t, i.doubleValue()); // FloatLiteral(4): 4.0, at compile time
            }
        }
        if (Types.isStringLike(from)) {
            v = conventions.borrowedString(v, pos);
            if (t == Types.INT || t == Types.FLOAT64) {
                ctx.checkMayRaise(pos, "converting a String to '" + t.name() + "'");
                return new TExpr.Prim(pos, t, t == Types.INT ? PrimOp.STR_TO_INT : PrimOp.STR_TO_FLOAT, List.of(v));
            }
        }
        PrimOp op = null;
        if (t == Types.INT) {
            op = from == Types.FLOAT64 ? PrimOp.FLOAT_TO_INT : from == Types.UINT ? PrimOp.UINT_TO_INT : from == Types.BOOL ? PrimOp.BOOL_TO_INT : null;
        } else if (t == Types.UINT) {
            op = from == Types.FLOAT64 ? PrimOp.FLOAT_TO_INT : from == Types.INT ? PrimOp.INT_TO_UINT : from == Types.BOOL ? PrimOp.BOOL_TO_INT : null;
        } else if (t == Types.FLOAT64) {
            op = from == Types.INT ? PrimOp.INT_TO_FLOAT : from == Types.UINT ? PrimOp.UINT_TO_FLOAT : from == Types.BOOL ? PrimOp.BOOL_TO_FLOAT : null;
        }
        if (op == null) {
            throw ctx.error(pos, "cannot construct '" + t.name() + "' from a value of type '" + from.name() + "'");
        }
        return new TExpr.Prim(pos, t, op, List.of(v));
    }

    /** A value that can be written by print / String(...): materialized to its run-time type. */
    TExpr printable(TExpr value, SourcePos pos) {
        Type t = Types.materialize(value.type());
        if (t == Types.INT || t == Types.UINT || t == Types.FLOAT64 || t == Types.BOOL || t == Types.STRING || t == Types.NONE) {
            return conventions.borrowed(conversions.coerce(value, t, pos), pos);
        }
        if (t == Types.ERROR_VALUE || t instanceof ScalarType || t instanceof VectorType) {
            return value;
        }
        if (t == Types.PYTHON_OBJECT) {
            return ctx.python.printable(pos, value);
        }
        if (t instanceof ListType lt) {
            return conventions.borrowed(collections.listString(pos, value, lt), pos);
        }
        if (t instanceof DictType dt) {
            collections.requireWritable(pos, dt);
            return conventions.borrowed(new TExpr.DictOp(pos, Types.STRING, DictOpKind.STR, dt, List.of(conventions.borrowed(value, pos))), pos);
        }
        if (t instanceof OptionalType ot) {
            // an Optional writes its value as repr shows it ('Hello'), or None
            TExpr held = conventions.evaluatedOnce(conventions.borrowed(value, pos));
            TExpr present = new TExpr.OptionalOp(pos, Types.BOOL, OptionalOpKind.IS_SOME, List.of(held));
            TExpr element = new TExpr.OptionalOp(pos, ot.element, OptionalOpKind.VALUE, List.of(held));
            TExpr none = conversions.coerce(new TExpr.Const(pos, Types.STRING_LITERAL, "None"), Types.STRING, pos);
            return conventions.borrowed(new TExpr.Conditional(pos, Types.STRING, present,
                            conversions.coerce(collections.repr(element, pos), Types.STRING, pos), none), pos);
        }
        if (t instanceof PointerType) {
            // written as its address in hexadecimal, by the library's UnsafePointer.__str__
            List<Function> str = ctx.module.libraryMethods(StandardLibrary.methodsModuleOf(t), "__str__");
            return conventions.borrowed(calls.resolveCall(pos, "__str__", str, value, List.of()), pos);
        }
        if (t instanceof StructType st) {
            Function method = textMethod(st, pos);
            return new TExpr.Stringify(pos, Types.STRING, conventions.borrowed(value, pos), method);
        }
        throw ctx.error(pos, "'" + t.name() + "' does not implement the 'Writable' trait");
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
        throw ctx.error(pos, "'" + st.name() + "' does not implement the 'Writable' or 'Stringable' trait");
    }
}
