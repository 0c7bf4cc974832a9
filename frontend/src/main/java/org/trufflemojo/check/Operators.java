package org.trufflemojo.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.trufflemojo.core.DictOpKind;
import org.trufflemojo.core.LaneOp;
import org.trufflemojo.core.OptionalOpKind;
import org.trufflemojo.core.PrimOp;
import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.types.BoxType;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.OptionalType;
import org.trufflemojo.typed.types.PointerType;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.TupleType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.Types;
import org.trufflemojo.typed.types.VectorType;

/** Checks the unary, binary and comparison operators, and conditions (truthiness). */
final class Operators {
    private final FunctionContext ctx;
    private Expressions expressions;
    private Calls calls;
    private CollectionMethods collections;
    private Conversions conversions;
    private Conventions conventions;

    Operators(FunctionContext ctx) {
        this.ctx = ctx;
    }

    /** Connects the collaborators; they use each other, so they are connected once all exist. */
    void wire(Expressions expressions, Calls calls, CollectionMethods collections, Conversions conversions, Conventions conventions) {
        this.expressions = expressions;
        this.calls = calls;
        this.collections = collections;
        this.conversions = conversions;
        this.conventions = conventions;
    }

    TExpr unary(Expr.Unary u) {
        TExpr v = expressions.expression(u.operand(), null);
        SourcePos pos = u.pos();
        if (v instanceof TExpr.Const c && Types.isLiteral(c.type())) {
            if (c.type() == Types.INT_LITERAL) {
                BigInteger x = (BigInteger) c.value();
                return switch (u.op()) {
                    case NEG -> new TExpr.Const(pos, Types.INT_LITERAL, x.negate());
                    case POS -> new TExpr.Const(pos, Types.INT_LITERAL, x);
                    case INVERT -> new TExpr.Const(pos, Types.INT_LITERAL, x.not());
                };
            }
            if (c.type() == Types.FLOAT_LITERAL && u.op() != Expr.UnaryOp.INVERT) {
                double d = (Double) c.value();
                return new TExpr.Const(pos, Types.FLOAT_LITERAL, u.op() == Expr.UnaryOp.NEG ? -d : d);
            }
        }
        Type t = Types.materialize(v.type());
        if (t == Types.PYTHON_OBJECT) {
            return ctx.python.unary(pos, u.op().dunder, v);
        }
        if (t instanceof StructType st) {
            return dunder(pos, v, st, u.op().dunder, null);
        }
        if (t instanceof VectorType vt) {
            if (u.op() == Expr.UnaryOp.POS) {
                return v;
            }
            if (u.op() == Expr.UnaryOp.INVERT && vt.isFloat()) {
                throw ctx.error(pos, "'" + t.name() + "' does not support unary '~'");
            }
            // -v is v * -1 (which keeps the sign of a float zero); ~v is v ^ all ones
            Object k = u.op() == Expr.UnaryOp.INVERT ? (vt.element == Types.BOOL ? (Object) true : (Object) (-1L)) : vt.isFloat() ? (Object) (-1.0) : (Object) (-1L);
            TExpr splat = new TExpr.VectorOp(pos, vt, TExpr.VectorOpKind.NEW, vt, null, List.of(new TExpr.Const(pos, vt.element, k)));
            return new TExpr.VectorOp(pos, vt, TExpr.VectorOpKind.BINARY, vt, u.op() == Expr.UnaryOp.INVERT ? LaneOp.XOR : LaneOp.MUL, List.of(v, splat));
        }
        if (t instanceof ScalarType s && s.isWide() && u.op() != Expr.UnaryOp.POS) {
            return new TExpr.Prim(pos, s, u.op() == Expr.UnaryOp.NEG ? PrimOp.WIDE_NEG : PrimOp.WIDE_INVERT, List.of(v));
        }
        if (t instanceof ScalarType s && u.op() != Expr.UnaryOp.POS) {
            Type wide = s.isFloat() ? Types.FLOAT64 : Types.INT;
            TExpr widened = new TExpr.Prim(pos, wide, PrimOp.TO_SCALAR, List.of(v));
            PrimOp op = s.isFloat() ? PrimOp.FLOAT_NEG : u.op() == Expr.UnaryOp.NEG ? PrimOp.INT_NEG : PrimOp.INT_INVERT;
            return new TExpr.Prim(pos, s, PrimOp.TO_SCALAR, List.of(new TExpr.Prim(pos, wide, op, List.of(widened))));
        }
        v = conversions.coerce(v, t, u.operand().pos());
        if (u.op() == Expr.UnaryOp.POS && Types.isNumeric(t)) {
            return v;
        }
        PrimOp op = null;
        if (t == Types.INT) {
            op = u.op() == Expr.UnaryOp.NEG ? PrimOp.INT_NEG : PrimOp.INT_INVERT;
        } else if (t == Types.UINT) {
            op = u.op() == Expr.UnaryOp.NEG ? PrimOp.UINT_NEG : PrimOp.UINT_INVERT;
        } else if (t == Types.FLOAT64 && u.op() == Expr.UnaryOp.NEG) {
            op = PrimOp.FLOAT_NEG;
        } else if (t == Types.BOOL && u.op() == Expr.UnaryOp.INVERT) {
            op = PrimOp.BOOL_NOT;
        }
        if (op == null) {
            throw ctx.error(pos, "'" + t.name() + "' does not support unary '" + u.op().symbol + "'");
        }
        return new TExpr.Prim(pos, t, op, List.of(v));
    }

    TExpr not(Expr.Not n) {
        TExpr v = condition(n.operand());
        if (v instanceof TExpr.Const c) {
            return new TExpr.Const(n.pos(), Types.BOOL, !(Boolean) c.value());
        }
        return new TExpr.Prim(n.pos(), Types.BOOL, PrimOp.BOOL_NOT, List.of(v));
    }

    /** An expression used as a condition: converted to Bool through its {@code __bool__}. */
    TExpr condition(Expr e) {
        TExpr v = expressions.expression(e, Types.BOOL);
        return toBool(v, e.pos());
    }

    /** A comparison with a PythonObject operand: Python's, its result made a Bool (as Python's truth of it). */
    private TExpr pythonComparison(Expr.Compare c, List<TExpr> operands) {
        Expr.CompareOp op = c.ops().get(0);
        if (c.ops().size() != 1 || op == Expr.CompareOp.NOT_IN) {
            throw ctx.error(c.pos(), "only a single comparison (not a chain, nor 'not in') is supported with a PythonObject");
        }
        boolean contains = op == Expr.CompareOp.IN; // `x in o` is operator.contains(o, x)
        TExpr result = ctx.python.operator(c.pos(), op.dunder, operands.get(contains ? 1 : 0), operands.get(contains ? 0 : 1));
        return ctx.python.convert(c.pos(), result, Types.BOOL);
    }

    TExpr toBool(TExpr v, SourcePos pos) {
        Type t = v.type();
        if (t == Types.PYTHON_OBJECT) {
            return ctx.python.convert(pos, v, Types.BOOL);
        }
        if (t == Types.BOOL) {
            return v;
        }
        if (v instanceof TExpr.Const c && Types.isLiteral(t)) {
            boolean b = t == Types.INT_LITERAL ? ((BigInteger) c.value()).signum() != 0
                            : t == Types.FLOAT_LITERAL ? (Double) c.value() != 0.0 : !((String) c.value()).isEmpty();
            return new TExpr.Const(pos, Types.BOOL, b);
        }
        if (t == Types.NONE && (v instanceof TExpr.Const || v instanceof TExpr.ReadLocal)) {
            return new TExpr.Const(pos, Types.BOOL, false); // None is false
        }
        if (t instanceof OptionalType) {
            return new TExpr.OptionalOp(pos, Types.BOOL, OptionalOpKind.IS_SOME, List.of(conventions.borrowed(v, pos)));
        }
        if (t == Types.INT || t == Types.UINT || t instanceof PointerType) {
            return new TExpr.Prim(pos, Types.BOOL, PrimOp.INT_TO_BOOL, List.of(v));
        }
        if (t == Types.FLOAT64) {
            return new TExpr.Prim(pos, Types.BOOL, PrimOp.FLOAT_TO_BOOL, List.of(v));
        }
        if (t == Types.STRING) {
            return new TExpr.Prim(pos, Types.BOOL, PrimOp.STR_TO_BOOL, List.of(conventions.borrowed(v, pos)));
        }
        if (t instanceof ListType lt) {
            TExpr length = collections.listOp(pos, Types.INT, TExpr.ListOpKind.LEN, lt, conventions.borrowed(v, pos));
            return new TExpr.Prim(pos, Types.BOOL, PrimOp.INT_TO_BOOL, List.of(length));
        }
        if (t instanceof ScalarType st) {
            // a fixed-width number is true when it is not zero
            TExpr zero = new TExpr.Const(pos, st, st.normalize(st.isFloat() ? (Object) 0.0 : (Object) 0L));
            return compare(new Expr.Compare(pos, List.of(new Expr.Checked(pos, v), new Expr.Checked(pos, zero)), List.of(Expr.CompareOp.NE)));
        }
        if (t instanceof DictType dt) {
            TExpr length = new TExpr.DictOp(pos, Types.INT, DictOpKind.LEN, dt, List.of(conventions.borrowed(v, pos)));
            return new TExpr.Prim(pos, Types.BOOL, PrimOp.INT_TO_BOOL, List.of(length));
        }
        if (t instanceof StructType st && !st.methods("__bool__").isEmpty()) {
            return dunder(pos, v, st, "__bool__", null);
        }
        throw ctx.error(pos, "'" + t.name() + "' does not implement the 'Boolable' trait");
    }

    TExpr binary(SourcePos pos, Expr.BinOp op, TExpr l, TExpr r) {
        if (PythonOperations.isPython(l) || PythonOperations.isPython(r)) {
            return ctx.python.operator(pos, op.dunder, l, r);
        }
        if (l.type() instanceof VectorType || r.type() instanceof VectorType) {
            VectorType vt = l.type() instanceof VectorType a ? a : (VectorType) r.type();
            TExpr lv = collections.vectorOperand(l, vt, pos);
            TExpr rv = collections.vectorOperand(r, vt, pos);
            if (op == Expr.BinOp.MATMUL || (vt.isFloat() && (op == Expr.BinOp.AND || op == Expr.BinOp.OR || op == Expr.BinOp.XOR
                            || op == Expr.BinOp.LSHIFT || op == Expr.BinOp.RSHIFT))) {
                throw badOperands(pos, op.symbol, l.type(), r.type());
            }
            return new TExpr.VectorOp(pos, vt, TExpr.VectorOpKind.BINARY, vt, laneOp(op), List.of(lv, rv));
        }
        if (l.type() instanceof PointerType pt && (op == Expr.BinOp.ADD || op == Expr.BinOp.SUB) && Types.isIntegral(r.type())) {
            TExpr offset = r.type() == Types.UINT ? conversions.explicitConversion(r, Types.INT, pos) : conversions.coerce(r, Types.INT, pos);
            if (op == Expr.BinOp.SUB) {
                offset = new TExpr.Prim(pos, Types.INT, PrimOp.INT_NEG, List.of(offset));
            }
            return new TExpr.Memory(pos, pt, TExpr.MemoryOp.OFFSET, pt.pointee, List.of(l, offset));
        }
        if (l.type() instanceof StructType st) {
            return dunder(pos, l, st, op.dunder, r);
        }
        if (r.type() instanceof StructType st && !st.methods(op.reflectedDunder()).isEmpty()) {
            return dunder(pos, r, st, op.reflectedDunder(), l);
        }
        if ((l.type() instanceof DictType || l.type() instanceof ListType) && StandardLibrary.methodsModuleOf(l.type()) instanceof String library
                        && !ctx.module.libraryMethods(library, op.dunder).isEmpty()) {
            // a collection's operator declared in the library (Dict's |)
            return calls.resolveCall(pos, op.dunder, ctx.module.libraryMethods(library, op.dunder), l,
                            List.of(new Expr.Arg(pos, null, new Expr.Checked(pos, r), false)));
        }
        if (l instanceof TExpr.Const lc && r instanceof TExpr.Const rc && Types.isLiteral(l.type()) && Types.isLiteral(r.type())) {
            TExpr folded = LiteralFolding.fold(pos, op, lc, rc);
            if (folded != null) {
                return folded;
            }
        }
        Type lt = l.type();
        Type rt = r.type();
        if (lt instanceof ListType la && Types.isIntegral(rt) && op == Expr.BinOp.MUL && !la.isFixed()) {
            return new TExpr.ListOp(pos, la, TExpr.ListOpKind.REPEAT, la, List.of(conventions.borrowed(l, pos), conversions.coerce(r, Types.INT, pos)));
        }
        if (lt instanceof ListType la && rt == lt && op == Expr.BinOp.ADD) {
            return new TExpr.ListOp(pos, la.isFixed() ? ListType.of(la.element) : la, TExpr.ListOpKind.CONCAT, la,
                            List.of(conventions.borrowed(l, pos), conventions.borrowed(r, pos)));
        }
        if (Types.isStringLike(lt) || Types.isStringLike(rt)) {
            if (op == Expr.BinOp.ADD && Types.isStringLike(lt) && Types.isStringLike(rt)) {
                return new TExpr.Prim(pos, Types.STRING, PrimOp.STR_ADD, List.of(conventions.borrowedString(l, pos), conventions.borrowedString(r, pos)));
            }
            if (op == Expr.BinOp.MUL && Types.isStringLike(lt) && Types.isIntegral(rt)) {
                return new TExpr.Prim(pos, Types.STRING, PrimOp.STR_MUL, List.of(conventions.borrowedString(l, pos), conversions.coerce(r, Types.INT, pos)));
            }
            throw badOperands(pos, op.symbol, lt, rt);
        }
        if (lt == Types.BOOL && rt == Types.BOOL) {
            PrimOp p = switch (op) {
                case AND -> PrimOp.BOOL_AND;
                case OR -> PrimOp.BOOL_OR;
                case XOR -> PrimOp.BOOL_XOR;
                default -> null;
            };
            if (p == null) {
                throw badOperands(pos, op.symbol, lt, rt);
            }
            return new TExpr.Prim(pos, Types.BOOL, p, List.of(l, r));
        }
        if (!Types.isNumeric(lt) || !Types.isNumeric(rt)) {
            throw badOperands(pos, op.symbol, lt, rt);
        }
        Type t = conversions.unify(lt, rt, pos);
        l = conversions.coerce(l, t, pos);
        r = conversions.coerce(r, t, pos);
        if (t instanceof ScalarType s && s.isWide()) {
            return wideBinary(pos, op, s, l, r);
        }
        if (t instanceof ScalarType s) {
            // Compute as Int / UInt / Float64, then bring the result back to the scalar's width or precision.
            Type wide = s.isFloat() ? Types.FLOAT64 : s == ScalarType.UINT64 ? Types.UINT : Types.INT;
            TExpr result = binary(pos, op, new TExpr.Prim(pos, wide, PrimOp.TO_SCALAR, List.of(l)), new TExpr.Prim(pos, wide, PrimOp.TO_SCALAR, List.of(r)));
            if (result.type() == Types.FLOAT64 && !s.isFloat()) {
                return result; // true division of integers gives Float64
            }
            return new TExpr.Prim(pos, s, PrimOp.TO_SCALAR, List.of(result));
        }
        if (t == Types.FLOAT64) {
            PrimOp p = switch (op) {
                case ADD -> PrimOp.FLOAT_ADD;
                case SUB -> PrimOp.FLOAT_SUB;
                case MUL -> PrimOp.FLOAT_MUL;
                case DIV -> PrimOp.FLOAT_DIV;
                case FLOORDIV -> PrimOp.FLOAT_FLOORDIV;
                case MOD -> PrimOp.FLOAT_MOD;
                case POW -> PrimOp.FLOAT_POW;
                default -> null;
            };
            if (p == null) {
                throw badOperands(pos, op.symbol, lt, rt);
            }
            return new TExpr.Prim(pos, Types.FLOAT64, p, List.of(l, r));
        }
        boolean unsigned = t == Types.UINT;
        PrimOp p = switch (op) {
            case ADD -> unsigned ? PrimOp.UINT_ADD : PrimOp.INT_ADD;
            case SUB -> unsigned ? PrimOp.UINT_SUB : PrimOp.INT_SUB;
            case MUL -> unsigned ? PrimOp.UINT_MUL : PrimOp.INT_MUL;
            case DIV -> unsigned ? PrimOp.UINT_TRUEDIV : PrimOp.INT_TRUEDIV;
            case FLOORDIV -> unsigned ? PrimOp.UINT_FLOORDIV : PrimOp.INT_FLOORDIV;
            case MOD -> unsigned ? PrimOp.UINT_MOD : PrimOp.INT_MOD;
            case POW -> unsigned ? PrimOp.UINT_POW : PrimOp.INT_POW;
            case AND -> unsigned ? PrimOp.UINT_AND : PrimOp.INT_AND;
            case OR -> unsigned ? PrimOp.UINT_OR : PrimOp.INT_OR;
            case XOR -> unsigned ? PrimOp.UINT_XOR : PrimOp.INT_XOR;
            case LSHIFT -> unsigned ? PrimOp.UINT_SHL : PrimOp.INT_SHL;
            case RSHIFT -> unsigned ? PrimOp.UINT_SHR : PrimOp.INT_SHR;
            case MATMUL -> null;
        };
        if (p == null) {
            throw badOperands(pos, op.symbol, lt, rt);
        }
        Type result = op == Expr.BinOp.DIV ? Types.FLOAT64 : t;
        return new TExpr.Prim(pos, result, p, List.of(l, r));
    }

    /** An operator on two integers of a DType wider than 64 bits: computed on BigIntegers, wrapped to the width. */
    private TExpr wideBinary(SourcePos pos, Expr.BinOp op, ScalarType s, TExpr l, TExpr r) {
        if (op == Expr.BinOp.DIV) {
            // true division of integers gives Float64
            return new TExpr.Prim(pos, Types.FLOAT64, PrimOp.FLOAT_DIV, List.of(new TExpr.Prim(pos, Types.FLOAT64, PrimOp.TO_SCALAR, List.of(l)),
                            new TExpr.Prim(pos, Types.FLOAT64, PrimOp.TO_SCALAR, List.of(r))));
        }
        PrimOp p = switch (op) {
            case ADD -> PrimOp.WIDE_ADD;
            case SUB -> PrimOp.WIDE_SUB;
            case MUL -> PrimOp.WIDE_MUL;
            case FLOORDIV -> PrimOp.WIDE_FLOORDIV;
            case MOD -> PrimOp.WIDE_MOD;
            case POW -> PrimOp.WIDE_POW;
            case AND -> PrimOp.WIDE_AND;
            case OR -> PrimOp.WIDE_OR;
            case XOR -> PrimOp.WIDE_XOR;
            case LSHIFT -> PrimOp.WIDE_SHL;
            case RSHIFT -> PrimOp.WIDE_SHR;
            default -> throw badOperands(pos, op.symbol, s, s);
        };
        return new TExpr.Prim(pos, s, p, List.of(l, r));
    }

    CompileError badOperands(SourcePos pos, String symbol, Type l, Type r) {
        return ctx.error(pos, "invalid operands to '" + symbol + "': '" + l.name() + "' and '" + r.name() + "'");
    }

    /** An operator implemented by a struct's dunder method, e.g. {@code a + b} as {@code a.__add__(b)}. */
    TExpr dunder(SourcePos pos, TExpr receiver, StructType st, String method, TExpr argument) {
        List<Function> fns = st.methods(method);
        if (fns.isEmpty()) {
            throw ctx.error(pos, "'" + st.name() + "' does not implement '" + method + "'");
        }
        List<Expr.Arg> args = new ArrayList<>();
        if (argument != null) {
            args.add(new Expr.Arg(pos, null, new Expr.Checked(argument.pos(), argument), false));
        }
        return calls.resolveCall(pos, method, fns, receiver, args);
    }

    TExpr compare(Expr.Compare c) {
        List<TExpr> operands = new ArrayList<>();
        for (Expr e : c.operands()) {
            operands.add(expressions.expression(e, operands.isEmpty() ? null : Expressions.operandContext(operands.get(operands.size() - 1), e)));
        }
        if (operands.stream().anyMatch(PythonOperations::isPython)) {
            return pythonComparison(c, operands);
        }
        if (c.ops().size() == 1 && (c.ops().get(0) == Expr.CompareOp.IS || c.ops().get(0) == Expr.CompareOp.IS_NOT)
                        && operands.get(0).type() instanceof OptionalType && operands.get(1).type() == Types.NONE) {
            TExpr some = new TExpr.OptionalOp(c.pos(), Types.BOOL, OptionalOpKind.IS_SOME, List.of(conventions.borrowed(operands.get(0), c.pos())));
            return c.ops().get(0) == Expr.CompareOp.IS_NOT ? some : new TExpr.Prim(c.pos(), Types.BOOL, PrimOp.BOOL_NOT, List.of(some));
        }
        if (c.ops().size() == 1 && (operands.get(0).type() instanceof VectorType || operands.get(1).type() instanceof VectorType)) {
            return vectorCompare(c.pos(), c.ops().get(0), operands.get(0), operands.get(1));
        }
        if (c.ops().size() == 1 && operands.get(1).type() instanceof DictType dt
                        && (c.ops().get(0) == Expr.CompareOp.IN || c.ops().get(0) == Expr.CompareOp.NOT_IN)) {
            TExpr contains = new TExpr.DictOp(c.pos(), Types.BOOL, DictOpKind.CONTAINS, dt, List.of(conventions.borrowed(operands.get(1), c.pos()),
                            conventions.borrowed(conversions.coerce(operands.get(0), dt.key, c.pos()), c.pos())));
            return c.ops().get(0) == Expr.CompareOp.IN ? contains : new TExpr.Prim(c.pos(), Types.BOOL, PrimOp.BOOL_NOT, List.of(contains));
        }
        if (c.ops().size() == 1 && operands.get(1).type() instanceof ListType lt
                        && (c.ops().get(0) == Expr.CompareOp.IN || c.ops().get(0) == Expr.CompareOp.NOT_IN)) {
            collections.requireEquatable(lt, c.pos(), c.ops().get(0).symbol);
            TExpr contains = collections.listOp(c.pos(), Types.BOOL, TExpr.ListOpKind.CONTAINS, lt, conventions.borrowed(operands.get(1), c.pos()),
                            conventions.borrowed(conversions.coerce(operands.get(0), lt.element, c.pos()), c.pos()));
            return c.ops().get(0) == Expr.CompareOp.IN ? contains : new TExpr.Prim(c.pos(), Types.BOOL, PrimOp.BOOL_NOT, List.of(contains));
        }
        if (c.ops().size() == 1 && operands.get(1).type() instanceof TupleType tt
                        && (c.ops().get(0) == Expr.CompareOp.IN || c.ops().get(0) == Expr.CompareOp.NOT_IN)) {
            TExpr contains = tupleContains(c.pos(), operands.get(0), operands.get(1), tt);
            return c.ops().get(0) == Expr.CompareOp.IN ? contains : new TExpr.Prim(c.pos(), Types.BOOL, PrimOp.BOOL_NOT, List.of(contains));
        }
        if (c.ops().size() == 1 && operands.get(0).type() instanceof ListType lt && operands.get(1).type() instanceof ListType
                        && (c.ops().get(0) == Expr.CompareOp.EQ || c.ops().get(0) == Expr.CompareOp.NE)) {
            // (Lists, InlineArrays and Spans of one element type compare element by element whatever
            // their kinds and sizes: a Span of an InlineArray equals a List with the same elements)
            TExpr right = operands.get(1).type() instanceof ListType rt && rt.element.equals(lt.element) ? operands.get(1)
                            : conversions.coerce(operands.get(1), lt, c.pos());
            return collections.listEquality(c.pos(), operands.get(0), right, lt, c.ops().get(0) == Expr.CompareOp.NE);
        }
        if (c.ops().size() == 1 && operands.get(0).type() instanceof OptionalType && operands.get(1).type() != Types.NONE
                        && (c.ops().get(0) == Expr.CompareOp.EQ || c.ops().get(0) == Expr.CompareOp.NE)) {
            // Optional's own __eq__/__ne__ (the library's): equal when both are empty or hold equal values
            Expr.Attribute method = new Expr.Attribute(c.pos(), new Expr.Checked(c.pos(), operands.get(0)), c.ops().get(0).dunder);
            return expressions.expression(new Expr.Call(c.pos(), method, List.of(new Expr.Arg(c.pos(), null, new Expr.Checked(c.pos(), operands.get(1)), false))), null);
        }
        if (c.ops().size() == 1 && (operands.get(0).type() instanceof StructType || operands.get(1).type() instanceof StructType)) {
            Expr.CompareOp op = c.ops().get(0);
            TExpr l = operands.get(0);
            TExpr r = operands.get(1);
            if (op == Expr.CompareOp.IN || op == Expr.CompareOp.NOT_IN) {
                TExpr contains = r.type() instanceof StructType st ? dunder(c.pos(), r, st, "__contains__", l) : null;
                if (contains == null) {
                    throw ctx.error(c.pos(), "'" + r.type().name() + "' does not support the 'in' operator");
                }
                return op == Expr.CompareOp.IN ? contains : new TExpr.Prim(c.pos(), Types.BOOL, PrimOp.BOOL_NOT, List.of(contains));
            }
            if (l.type() instanceof StructType st) {
                if (op == Expr.CompareOp.NE && st.methods("__ne__").isEmpty() && !st.methods("__eq__").isEmpty()) {
                    return new TExpr.Prim(c.pos(), Types.BOOL, PrimOp.BOOL_NOT, List.of(dunder(c.pos(), l, st, "__eq__", r)));
                }
                return dunder(c.pos(), l, st, op.dunder, r);
            }
            throw ctx.error(c.pos(), "'" + l.type().name() + "' cannot be compared with '" + r.type().name() + "'");
        }
        List<PrimOp> ops = new ArrayList<>();
        for (int i = 0; i < c.ops().size(); i++) {
            Expr.CompareOp op = c.ops().get(i);
            TExpr l = operands.get(i);
            TExpr r = operands.get(i + 1);
            Type t;
            if (op == Expr.CompareOp.IN || op == Expr.CompareOp.NOT_IN) {
                if (!(Types.isStringLike(l.type()) && Types.isStringLike(r.type()))) {
                    throw ctx.error(c.pos(), "'" + r.type().name() + "' does not support the 'in' operator");
                }
                t = Types.STRING;
            } else if (l.type() == Types.BOOL && r.type() == Types.BOOL) {
                t = Types.BOOL;
            } else if (l.type() instanceof BoxType bt && bt.shared && bt.isNative() && l.type() == r.type()
                            && (op == Expr.CompareOp.IS || op == Expr.CompareOp.IS_NOT)) {
                // ArcPointers are the same when they share one value: the same address
                t = Types.UINT;
                operands.set(i, conventions.borrowed(l, c.operands().get(i).pos()));
                operands.set(i + 1, conventions.borrowed(r, c.operands().get(i + 1).pos()));
                ops.add(compareOp(op == Expr.CompareOp.IS ? Expr.CompareOp.EQ : Expr.CompareOp.NE, t, c.pos()));
                continue;
            } else if (l.type() instanceof PointerType && l.type() == r.type()) {
                t = Types.UINT;
                ops.add(compareOp(op, t, c.pos()));
                continue;
            } else if (l.type() == Types.NONE || r.type() == Types.NONE) {
                throw ctx.error(c.pos(), "invalid comparison with 'None'");
            } else {
                t = conversions.unify(l.type(), r.type(), c.pos());
            }
            // Each operand has one type for the whole chain; re-coercing an already coerced operand is a no-op.
            operands.set(i, conventions.borrowed(conversions.coerce(l, t, c.operands().get(i).pos()), c.operands().get(i).pos()));
            operands.set(i + 1, conventions.borrowed(conversions.coerce(r, t, c.operands().get(i + 1).pos()), c.operands().get(i + 1).pos()));
            ops.add(compareOp(op, t, c.pos()));
        }
        return new TExpr.CompareChain(c.pos(), Types.BOOL, operands, ops);
    }

    /**
     * A comparison of SIMD vectors: lane by lane, a {@code SIMD[DType.bool, width]} mask; {@code x in v}
     * is whether some lane equals x.
     */
    /**
     * {@code x in (a, b, c)}: whether an element of x's own type equals x (elements of other types
     * never do: {@code True in (1, 0)} is false), with x and the tuple each evaluated once.
     */
    TExpr tupleContains(SourcePos pos, TExpr value, TExpr tuple, TupleType tt) {
        Type wanted = Types.materialize(value.type());
        TExpr x = conventions.evaluatedOnce(value);
        TExpr t = conventions.evaluatedOnce(tuple);
        TExpr any = null;
        boolean first = true;
        for (int i = 0; i < tt.elements.size(); i++) {
            if (tt.elements.get(i) != wanted) {
                continue;
            }
            TExpr element = new TExpr.TupleGet(pos, tt.elements.get(i), conventions.borrowed(first ? t : Conventions.again(t), pos), i);
            TExpr equal = compare(new Expr.Compare(pos, List.of(new Expr.Checked(pos, first ? x : Conventions.again(x)), new Expr.Checked(pos, element)),
                            List.of(Expr.CompareOp.EQ)));
            any = any == null ? toBool(equal, pos) : new TExpr.Logical(pos, Types.BOOL, false, any, toBool(equal, pos));
            first = false;
        }
        return any == null ? new TExpr.Const(pos, Types.BOOL, false) : any;
    }

    private TExpr vectorCompare(SourcePos pos, Expr.CompareOp op, TExpr l, TExpr r) {
        if (op == Expr.CompareOp.IN || op == Expr.CompareOp.NOT_IN) {
            if (!(r.type() instanceof VectorType vt) || l.type() instanceof VectorType) {
                throw ctx.error(pos, "'" + r.type().name() + "' does not support the 'in' operator");
            }
            VectorType mask = VectorType.of(Types.BOOL, vt.width);
            TExpr eq = new TExpr.VectorOp(pos, mask, TExpr.VectorOpKind.COMPARE, vt, LaneOp.EQ,
                            List.of(collections.vectorOperand(l, vt, pos), collections.vectorOperand(r, vt, pos)));
            TExpr any = new TExpr.VectorOp(pos, Types.BOOL, TExpr.VectorOpKind.REDUCE, mask, LaneOp.OR, List.of(eq));
            return op == Expr.CompareOp.IN ? any : new TExpr.Prim(pos, Types.BOOL, PrimOp.BOOL_NOT, List.of(any));
        }
        VectorType vt = l.type() instanceof VectorType a ? a : (VectorType) r.type();
        LaneOp lane = switch (op) {
            case EQ -> LaneOp.EQ;
            case NE -> LaneOp.NE;
            case LT -> LaneOp.LT;
            case LE -> LaneOp.LE;
            case GT -> LaneOp.GT;
            case GE -> LaneOp.GE;
            default -> throw ctx.error(pos, "'" + op.symbol + "' is not supported for '" + vt.name() + "'");
        };
        return new TExpr.VectorOp(pos, VectorType.of(Types.BOOL, vt.width), TExpr.VectorOpKind.COMPARE, vt, lane,
                        List.of(collections.vectorOperand(l, vt, pos), collections.vectorOperand(r, vt, pos)));
    }

    PrimOp compareOp(Expr.CompareOp op, Type t, SourcePos pos) {
        if (op == Expr.CompareOp.IS || op == Expr.CompareOp.IS_NOT) {
            throw ctx.error(pos, "'is' is not supported for '" + t.name() + "'");
        }
        int k = switch (op) {
            case EQ -> 0;
            case NE -> 1;
            case LT -> 2;
            case LE -> 3;
            case GT -> 4;
            case GE -> 5;
            case IN -> 6;
            default -> 7;
        };
        PrimOp[] table;
        if (t instanceof ScalarType s && s.isWide()) {
            table = new PrimOp[]{PrimOp.WIDE_EQ, PrimOp.WIDE_NE, PrimOp.WIDE_LT, PrimOp.WIDE_LE, PrimOp.WIDE_GT, PrimOp.WIDE_GE};
            if (k >= table.length) {
                throw ctx.error(pos, "'" + t.name() + "' does not support '" + op.symbol + "'");
            }
            return table[k];
        }
        if (t instanceof ScalarType s) {
            t = s.isFloat() ? Types.FLOAT64 : s == ScalarType.UINT64 ? Types.UINT : Types.INT;
        }
        if (t == Types.INT) {
            table = new PrimOp[]{PrimOp.INT_EQ, PrimOp.INT_NE, PrimOp.INT_LT, PrimOp.INT_LE, PrimOp.INT_GT, PrimOp.INT_GE};
        } else if (t == Types.UINT) {
            table = new PrimOp[]{PrimOp.UINT_EQ, PrimOp.UINT_NE, PrimOp.UINT_LT, PrimOp.UINT_LE, PrimOp.UINT_GT, PrimOp.UINT_GE};
        } else if (t == Types.FLOAT64) {
            table = new PrimOp[]{PrimOp.FLOAT_EQ, PrimOp.FLOAT_NE, PrimOp.FLOAT_LT, PrimOp.FLOAT_LE, PrimOp.FLOAT_GT, PrimOp.FLOAT_GE};
        } else if (t == Types.BOOL) {
            table = new PrimOp[]{PrimOp.BOOL_EQ, PrimOp.BOOL_NE, PrimOp.BOOL_LT, PrimOp.BOOL_LE, PrimOp.BOOL_GT, PrimOp.BOOL_GE};
        } else if (t == Types.STRING) {
            table = new PrimOp[]{PrimOp.STR_EQ, PrimOp.STR_NE, PrimOp.STR_LT, PrimOp.STR_LE, PrimOp.STR_GT, PrimOp.STR_GE,
                            PrimOp.STR_CONTAINS, PrimOp.STR_NOT_CONTAINS};
        } else {
            throw ctx.error(pos, "'" + t.name() + "' does not support comparison");
        }
        if (k >= table.length) {
            throw ctx.error(pos, "'" + t.name() + "' does not support '" + op.symbol + "'");
        }
        return table[k];
    }

    /** The lane arithmetic of a binary operator on vectors (the checker has rejected the others). */
    private static LaneOp laneOp(Expr.BinOp op) {
        return switch (op) {
            case ADD -> LaneOp.ADD;
            case SUB -> LaneOp.SUB;
            case MUL -> LaneOp.MUL;
            case DIV -> LaneOp.DIV;
            case FLOORDIV -> LaneOp.FLOORDIV;
            case MOD -> LaneOp.MOD;
            case POW -> LaneOp.POW;
            case AND -> LaneOp.AND;
            case OR -> LaneOp.OR;
            case XOR -> LaneOp.XOR;
            case LSHIFT -> LaneOp.SHL;
            case RSHIFT -> LaneOp.SHR;
            case MATMUL -> throw new IllegalArgumentException("no lane arithmetic for @");
        };
    }
}
