package org.trufflemojo.check;

import java.math.BigInteger;
import java.util.List;

import org.trufflemojo.core.FloatFormat;
import org.trufflemojo.core.PrimOp;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.types.FunctionType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.OptionalType;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.Types;
import org.trufflemojo.typed.types.VectorType;

/** Mojo's implicit conversions: coercing a value to a type, implicit construction, unifying two types. */
final class Conversions {
    private final FunctionContext ctx;
    private Calls calls;
    private Conventions conventions;
    private Operators operators;

    Conversions(FunctionContext ctx) {
        this.ctx = ctx;
    }

    /** Connects the collaborators; they use each other, so they are connected once all exist. */
    void wire(Calls calls, Conventions conventions, Operators operators) {
        this.operators = operators;
        this.calls = calls;
        this.conventions = conventions;
    }

    /** The common type of two operands for arithmetic, comparison or a conditional. */
    Type unify(Type a, Type b, SourcePos pos) {
        if (a == b) {
            return Types.materialize(a);
        }
        if (a instanceof VectorType va && (b == va.element || Types.isLiteral(b))) {
            return va; // a scalar of the lane type (or a literal) fills every lane
        }
        if (b instanceof VectorType vb && (a == vb.element || Types.isLiteral(a))) {
            return vb;
        }
        if (Types.isStringLike(a) && Types.isStringLike(b)) {
            return Types.STRING;
        }
        if (a instanceof OptionalType && b == Types.NONE || b instanceof OptionalType && a == Types.NONE) {
            return a == Types.NONE ? b : a; // an Optional and None: None is the empty Optional
        }
        if (a instanceof ScalarType || b instanceof ScalarType) {
            ScalarType s = a instanceof ScalarType sa ? sa : (ScalarType) b;
            Type other = s == a ? b : a;
            if (other == s || other == Types.INT_LITERAL || other == Types.INT || (s.isFloat() && (other == Types.FLOAT_LITERAL || other == Types.FLOAT64))) {
                return s; // Int (and, for floats, Float64) convert implicitly to the scalar type
            }
            throw ctx.error(pos, "incompatible types '" + a.name() + "' and '" + b.name() + "': convert one explicitly");
        }
        if (Types.isNumeric(a) && Types.isNumeric(b)) {
            if (a == Types.FLOAT64 || b == Types.FLOAT64 || a == Types.FLOAT_LITERAL || b == Types.FLOAT_LITERAL) {
                return Types.FLOAT64;
            }
            if (a == Types.UINT || b == Types.UINT) {
                if (a == Types.INT || b == Types.INT) {
                    throw ctx.error(pos, "cannot implicitly convert between 'Int' and 'UInt'");
                }
                return Types.UINT;
            }
            return Types.INT;
        }
        throw ctx.error(pos, "incompatible types '" + a.name() + "' and '" + b.name() + "'");
    }

    /** Whether target is {@code Span[T]} and from a List[T] or an InlineArray[T, n] it can view. */
    static boolean isSpanOf(Type target, Type from) {
        return target instanceof ListType span && span.isView && from instanceof ListType list && !list.isView && list.element == span.element;
    }

    boolean implicitlyConvertible(TExpr v, Type target) {
        Type from = v.type();
        if (from == target) {
            return true;
        }
        if (target == Types.INT) {
            return from == Types.INT_LITERAL || from == Types.UINT; // (Int has an @implicit constructor from UInt)
        }
        if (target == Types.UINT) {
            return from == Types.INT_LITERAL;
        }
        if (target == Types.FLOAT64) {
            return from == Types.INT_LITERAL || from == Types.FLOAT_LITERAL || from == Types.INT || from == Types.UINT;
        }
        if (target == Types.STRING) {
            return from == Types.STRING_LITERAL;
        }
        if (target == Types.BOOL) {
            // Int is ImplicitlyBoolable (true when not zero), as is a struct with __as_bool__
            return from == Types.INT || from instanceof StructType st && !st.methods("__as_bool__").isEmpty();
        }
        if (target instanceof ScalarType s) {
            return from == Types.INT_LITERAL || from == Types.INT || (s.isFloat() && (from == Types.FLOAT_LITERAL || from == Types.FLOAT64));
        }
        if (target instanceof OptionalType ot) {
            return from == Types.NONE || from == ot.element || implicitlyConvertible(v, ot.element);
        }
        if (isSpanOf(target, from)) {
            return true;
        }
        if (target instanceof VectorType vt && !(from instanceof VectorType)) {
            return from == vt.element || Types.isLiteral(from) && implicitlyConvertible(v, vt.element); // a scalar fills every lane
        }
        if (target instanceof StructType st) {
            for (Function init : st.methods("__init__")) {
                if (isImplicit(init) && init.isTemplate) {
                    if (from != target && genericImplicitInit(v, st, init, v.pos(), false) != null) {
                        return true;
                    }
                } else if (isImplicit(init) && !init.params.isEmpty() && (init.params.get(0).type == from || (from != target
                                                && Types.isLiteral(from) && implicitlyConvertible(v, init.params.get(0).type)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A number converted to another number type as its constructor does ({@code Float64(x)},
     * {@code Int8(y)}): wrapped to an integer width, rounded to a float precision, truncated towards
     * zero from a float; a Bool is 0 or 1, and a number is true when it is not zero.
     */
    TExpr explicitConversion(TExpr v, Type target, SourcePos pos) {
        if (v.type() == target) {
            return v;
        }
        if (target == Types.BOOL) {
            return operators.toBool(v, pos);
        }
        if (v.type() == Types.BOOL) {
            v = new TExpr.Prim(pos, Types.INT, PrimOp.BOOL_TO_INT, List.of(v));
        } else if (Types.isLiteral(v.type())) {
            v = coerce(v, v.type() == Types.FLOAT_LITERAL ? Types.FLOAT64 : Types.INT, pos);
        }
        return new TExpr.Prim(pos, target, PrimOp.TO_SCALAR, List.of(v));
    }

    /** Applies Mojo's implicit conversions, or reports that none exists. */
    TExpr coerce(TExpr v, Type target, SourcePos pos) {
        Type from = v.type();
        if (from == target || target == Types.ERROR || from == Types.ERROR) {
            return v;
        }
        if (target == Types.PYTHON_OBJECT && PythonOperations.convertible(from)) {
            return ctx.python.toPython(v, pos); // PythonObject's implicit constructors from Int, Float64, Bool and String
        }
        if (isSpanOf(target, from)) {
            // Span's implicit constructors from a List and an InlineArray: a view of all their elements
            return new TExpr.ListOp(pos, target, TExpr.ListOpKind.VIEW, (ListType) from, List.of(conventions.borrowed(v, pos)));
        }
        if (target instanceof VectorType vt && !(from instanceof VectorType) && (from == vt.element || Types.isLiteral(from))) {
            // SIMD's implicit constructor from a scalar of its DType (or a literal): the value in every lane
            return new TExpr.VectorOp(pos, vt, TExpr.VectorOpKind.NEW, vt, null, List.of(coerce(v, vt.element, pos)));
        }
        if (v instanceof TExpr.Const c) {
            if (from == Types.INT_LITERAL) {
                BigInteger x = (BigInteger) c.value();
                if (target == Types.INT) {
                    // a literal up to 2**64 - 1 keeps its 64 bits (2**63 is Int.MIN), as Mojo's IntLiteral -> Int
                    if (x.signum() < 0 ? x.bitLength() > 63 : x.bitLength() > 64) {
                        throw ctx.error(pos, "integer value " + x + " does not fit in 'Int'");
                    }
                    return new TExpr.Const(c.pos(), target, x.longValue());
                }
                if (target == Types.UINT) {
                    if (x.signum() < 0 || x.bitLength() > 64) {
                        throw ctx.error(pos, "integer value " + x + " does not fit in 'UInt'");
                    }
                    return new TExpr.Const(c.pos(), target, x.longValue());
                }
                if (target == Types.FLOAT64) {
                    return new TExpr.Const(c.pos(), target, x.doubleValue());
                }
            } else if (from == Types.FLOAT_LITERAL && target == Types.FLOAT64) {
                return new TExpr.Const(c.pos(), target, c.value());
            } else if (from == Types.STRING_LITERAL && target == Types.STRING) {
                return new TExpr.Const(c.pos(), target, c.value());
            }
        }
        if (target == Types.FLOAT64 && from == Types.INT) {
            return new TExpr.Prim(v.pos(), target, PrimOp.INT_TO_FLOAT, List.of(v));
        }
        if (target instanceof FunctionType ft && from instanceof FunctionType given && given.params.equals(ft.params)
                        && given.result == ft.result && (ft.raises || !given.raises)) {
            return new TExpr.FunctionRef(v.pos(), ft, ((TExpr.FunctionRef) v).function());
        }
        if (target instanceof ScalarType s) {
            if (v instanceof TExpr.Const c && (from == Types.INT_LITERAL || (from == Types.FLOAT_LITERAL && s.isFloat()))) {
                Number n = c.value() instanceof BigInteger b ? (Number) b : (Number) c.value();
                return new TExpr.Const(c.pos(), s, s.normalize(s.isFloat() ? (Object) n.doubleValue() : s.isWide() ? n : (Object) n.longValue()));
            }
            if (from == Types.INT || (s.isFloat() && from == Types.FLOAT64)) {
                return new TExpr.Prim(v.pos(), s, PrimOp.TO_SCALAR, List.of(v));
            }
        }
        if (target instanceof OptionalType ot) {
            if (from == Types.NONE) {
                return new TExpr.Const(v.pos(), target, null);
            }
            return new TExpr.OptionalSome(v.pos(), target, conventions.owned(coerce(v, ot.element, pos), pos));
        }
        if (target instanceof StructType st && ctx.function != null) {
            TExpr converted = implicitConstruction(v, st, pos);
            if (converted != null) {
                return converted;
            }
        }
        if (target == Types.FLOAT64 && from == Types.UINT) {
            return new TExpr.Prim(v.pos(), target, PrimOp.UINT_TO_FLOAT, List.of(v));
        }
        if (target == Types.INT && from == Types.UINT) {
            return new TExpr.Prim(v.pos(), target, PrimOp.UINT_TO_INT, List.of(v)); // Int's implicit constructor from UInt
        }
        if (target == Types.BOOL && from == Types.INT) {
            return new TExpr.Prim(v.pos(), target, PrimOp.INT_TO_BOOL, List.of(v)); // Int's __as_bool__
        }
        if (target == Types.BOOL && from instanceof StructType st && !st.methods("__as_bool__").isEmpty()) {
            return operators.dunder(pos, v, st, "__as_bool__", null); // an ImplicitlyBoolable value
        }
        throw ctx.error(pos, "cannot implicitly convert '" + describeType(v) + "' value to '" + target.name() + "'");
    }

    /** Whether a constructor is {@code @implicit}: declared so, or synthesized by {@code @fieldwise_init("implicit")}. */
    static boolean isImplicit(Function init) {
        return init.synthesizedImplicit || init.syntax != null && init.syntax.decorators().stream().anyMatch(d -> d.name().equals("implicit"));
    }

    /** An {@code @implicit} constructor of st that takes v: {@code var x: Meters = 5} builds {@code Meters(5)}. */
    TExpr implicitConstruction(TExpr v, StructType st, SourcePos pos) {
        for (Function init : st.methods("__init__")) {
            if (!isImplicit(init)) {
                continue;
            }
            if (init.isTemplate) {
                TExpr built = genericImplicitInit(v, st, init, pos, false) != null ? genericImplicitInit(v, st, init, pos, true) : null;
                if (built != null) {
                    return built;
                }
                continue;
            }
            long required = init.paramSyntax.stream().filter(p -> p.defaultValue() == null).count();
            if (init.params.isEmpty() || required > 1) {
                continue;
            }
            Type pt = init.params.get(0).type;
            if (v.type() == pt || implicitlyConvertible(v, pt)) {
                List<Expr.Arg> args = List.of(new Expr.Arg(pos, null, new Expr.Checked(v.pos(), v), false));
                return calls.bindCall(pos, st.name(), init, null, args, true);
            }
        }
        return null;
    }

    /**
     * A generic {@code @implicit} constructor ({@code fn __init__[T: Movable](out self, var value: T)})
     * called with v alone, its parameters inferred from v; null if it does not take v (with report,
     * the call is made for real instead).
     */
    private TExpr genericImplicitInit(TExpr v, StructType st, Function init, SourcePos pos, boolean report) {
        List<Expr.Arg> args = List.of(new Expr.Arg(pos, null, new Expr.Checked(v.pos(), v), false));
        Function instance = calls.instantiateFor(pos, st.name(), init, null, args, List.of(), report);
        return instance == null ? null : calls.bindCall(pos, st.name(), instance, null, args, report);
    }

    static String describeType(TExpr v) {
        if (v instanceof TExpr.Const c && (c.type() == Types.INT_LITERAL || c.type() == Types.FLOAT_LITERAL)) {
            Object value = c.value();
            String text = value instanceof Double d ? FloatFormat.format(d) : value.toString();
            return c.type().name() + "[" + text + "]";
        }
        return v.type().name();
    }
}
