package org.trufflemojo.check;

import java.util.ArrayList;
import java.util.List;
import org.trufflemojo.core.Intrinsic;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.Types;

/**
 * The operations on {@code PythonObject} values. Python is dynamically typed, so nothing about them
 * is checked beyond their operands' convertibility: each becomes an intrinsic that GraalPy runs
 * (attribute lookup, call, operator, conversion). All of them may raise a Python exception, so the
 * code that uses them must be able to raise.
 */
final class PythonOperations {
    private final FunctionContext ctx;
    private Expressions expressions;
    private Calls calls;
    private Conventions conventions;

    PythonOperations(FunctionContext ctx) {
        this.ctx = ctx;
    }

    void wire(Expressions expressions, Calls calls, Conventions conventions) {
        this.expressions = expressions;
        this.calls = calls;
        this.conventions = conventions;
    }

    static boolean isPython(TExpr e) {
        return e.type() == Types.PYTHON_OBJECT;
    }

    /** Whether a value of this type becomes a PythonObject where one is expected (Int, Float64, Bool, String and their literals). */
    static boolean convertible(Type from) {
        Type t = Types.materialize(from);
        return t == Types.INT || t == Types.FLOAT64 || t == Types.BOOL || t == Types.STRING;
    }

    /** The value as a PythonObject: itself, or a Python int, float, bool or str made from it. */
    TExpr toPython(TExpr value, SourcePos pos) {
        if (isPython(value)) {
            return conventions.borrowed(value, pos);
        }
        if (!convertible(value.type())) {
            throw ctx.error(pos, "cannot convert '" + Types.materialize(value.type()).name() + "' to 'PythonObject'");
        }
        // (libraryInternal: the python module's own code, while it is being checked, sees its own declarations)
        List<Function> conversions = ((List<?>) ctx.module.libraryInternal("python", "_to_python")).stream().map(f -> (Function) f).toList();
        return calls.resolveCall(pos, "PythonObject", conversions, null, List.of(new Expr.Arg(pos, null, new Expr.Checked(pos, value), false)));
    }

    /** {@code o.name}: the attribute, looked up by Python. */
    TExpr attribute(SourcePos pos, TExpr object, String name) {
        return raising(pos, "attribute '" + name + "' of a PythonObject", Types.PYTHON_OBJECT, Intrinsic.PY_GETATTR,
                        List.of(conventions.borrowed(object, pos), literal(pos, name)));
    }

    /** {@code o.name(args)}: the attribute, called. */
    TExpr methodCall(Expr.Call c, Expr.Attribute a, TExpr receiver) {
        return call(c, attribute(a.pos(), receiver, a.name()));
    }

    /** {@code f(args, name=value)} of a PythonObject f: Python's call, with positional and keyword arguments. */
    TExpr call(Expr.Call c, TExpr callee) {
        List<TExpr> positional = new ArrayList<>();
        List<TExpr> keywordValues = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        for (Expr.Arg arg : c.args()) {
            if (arg.star()) {
                throw ctx.error(arg.pos(), "unpacking arguments into a Python call is not supported");
            }
            TExpr value = toPython(expressions.expression(arg.value(), null), arg.value().pos());
            if (arg.keyword() != null) {
                keywords.add(arg.keyword());
                keywordValues.add(value);
            } else if (!keywords.isEmpty()) {
                throw ctx.error(arg.pos(), "a positional argument cannot follow keyword arguments");
            } else {
                positional.add(value);
            }
        }
        List<TExpr> operands = new ArrayList<>();
        operands.add(conventions.borrowed(callee, c.pos()));
        operands.add(literal(c.pos(), String.join(",", keywords)));
        operands.addAll(positional);
        operands.addAll(keywordValues);
        return raising(c.pos(), "call of a PythonObject", Types.PYTHON_OBJECT, Intrinsic.PY_CALL, operands);
    }

    /** A binary operator or comparison with a PythonObject operand: the function of Python's operator module. */
    TExpr operator(SourcePos pos, String dunder, TExpr left, TExpr right) {
        String function = switch (dunder) {
            case "__and__", "__or__" -> dunder.substring(2, dunder.length() - 2) + "_";
            case "__isnot__" -> "is_not";
            case "__is__" -> "is_";
            default -> dunder.substring(2, dunder.length() - 2);
        };
        return raising(pos, "Python operator", Types.PYTHON_OBJECT, Intrinsic.PY_OPERATOR,
                        List.of(literal(pos, function), toPython(left, pos), toPython(right, pos)));
    }

    /** {@code -o}, {@code +o}, {@code ~o}: Python's neg, pos, invert. */
    TExpr unary(SourcePos pos, String dunder, TExpr operand) {
        return raising(pos, "Python operator", Types.PYTHON_OBJECT, Intrinsic.PY_OPERATOR,
                        List.of(literal(pos, dunder.substring(2, dunder.length() - 2)), conventions.borrowed(operand, pos)));
    }

    /** {@code o.name = value}: Python's setattr. */
    TExpr setAttribute(SourcePos pos, TExpr object, String name, TExpr value) {
        return raising(pos, "setting attribute '" + name + "' of a PythonObject", Types.PYTHON_OBJECT, Intrinsic.PY_BUILTIN,
                        List.of(literal(pos, "setattr"), conventions.borrowed(object, pos), toPython(literal(pos, name), pos), toPython(value, pos)));
    }

    /** {@code o[key] = value}: Python's operator.setitem. */
    TExpr setItem(SourcePos pos, TExpr object, TExpr key, TExpr value) {
        return raising(pos, "setting an item of a PythonObject", Types.PYTHON_OBJECT, Intrinsic.PY_OPERATOR,
                        List.of(literal(pos, "setitem"), conventions.borrowed(object, pos), toPython(key, pos), toPython(value, pos)));
    }

    /** {@code o[key]}. */
    TExpr index(SourcePos pos, TExpr object, TExpr key) {
        return raising(pos, "indexing a PythonObject", Types.PYTHON_OBJECT, Intrinsic.PY_OPERATOR,
                        List.of(literal(pos, "getitem"), conventions.borrowed(object, pos), toPython(key, pos)));
    }

    /** {@code len(o)}: Python's len, as an Int. */
    TExpr len(SourcePos pos, TExpr object) {
        TExpr length = raising(pos, "len of a PythonObject", Types.PYTHON_OBJECT, Intrinsic.PY_BUILTIN,
                        List.of(literal(pos, "len"), conventions.borrowed(object, pos)));
        return raising(pos, "len of a PythonObject", Types.INT, Intrinsic.PY_TO_INT, List.of(length));
    }

    /** {@code Int(o)}, {@code Float64(o)}, {@code String(o)}, {@code Bool(o)}: Python's int, float, str, bool of it, as the Mojo value; null for another type. */
    TExpr convert(SourcePos pos, TExpr object, Type target) {
        Intrinsic conversion = target == Types.INT ? Intrinsic.PY_TO_INT
                        : target == Types.FLOAT64 ? Intrinsic.PY_TO_FLOAT
                                        : target == Types.STRING ? Intrinsic.PY_TO_STRING : target == Types.BOOL ? Intrinsic.PY_TO_BOOL : null;
        if (conversion == null) {
            return null;
        }
        return raising(pos, "conversion of a PythonObject to '" + target.name() + "'", target, conversion, List.of(conventions.borrowed(object, pos)));
    }

    /** A Python iterator over o (Python's {@code iter(o)}), for a loop. */
    TExpr iterator(SourcePos pos, TExpr object) {
        return raising(pos, "iterating over a PythonObject", Types.PYTHON_OBJECT, Intrinsic.PY_ITER, List.of(conventions.borrowed(object, pos)));
    }

    /** Whether the iterator has another element. */
    TExpr hasNext(SourcePos pos, TExpr iterator) {
        return raising(pos, "iterating over a PythonObject", Types.BOOL, Intrinsic.PY_HAS_NEXT, List.of(iterator));
    }

    /** The iterator's next element. */
    TExpr next(SourcePos pos, TExpr iterator) {
        return raising(pos, "iterating over a PythonObject", Types.PYTHON_OBJECT, Intrinsic.PY_NEXT, List.of(iterator));
    }

    /** The text print writes for a PythonObject: Python's str of it. */
    TExpr printable(SourcePos pos, TExpr object) {
        return conventions.borrowed(convert(pos, object, Types.STRING), pos);
    }

    private TExpr raising(SourcePos pos, String what, Type result, Intrinsic op, List<TExpr> operands) {
        ctx.checkMayRaise(pos, what);
        return new TExpr.IntrinsicCall(pos, result, op, operands, true);
    }

    private static TExpr literal(SourcePos pos, String text) {
        return new TExpr.Const(pos, Types.STRING_LITERAL, text);
    }
}
