package org.trufflemojo.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.trufflemojo.source.CompileError;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.Function;
import org.trufflemojo.typed.Local;
import org.trufflemojo.core.PrimOp;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.TStmt;
import org.trufflemojo.core.Repr;
import org.trufflemojo.core.Builtin;
import org.trufflemojo.typed.types.BoxType;
import org.trufflemojo.typed.types.DictType;
import org.trufflemojo.typed.types.FunctionType;
import org.trufflemojo.typed.types.ListType;
import org.trufflemojo.typed.types.NativeLayout;
import org.trufflemojo.typed.types.OptionalType;
import org.trufflemojo.typed.types.PointerType;
import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.StructType;
import org.trufflemojo.typed.types.TupleType;
import org.trufflemojo.typed.types.Type;
import org.trufflemojo.typed.types.TypeConstructor;
import org.trufflemojo.typed.types.Types;
import org.trufflemojo.typed.types.VectorType;
import org.trufflemojo.core.DType;
import org.trufflemojo.core.LaneOp;

/** Type-checks one function body (statements and expressions) into the typed tree. */
/**
 * The part of the checker for expressions: names, operators, conversions, places and ownership
 * of values (owned / borrowed / views), calls dispatch. {@link FunctionChecker} adds statements.
 */
abstract class ExpressionChecks extends CallChecks {
    Scope functionScope;
    Scope scope;
    int loopDepth;
    /** Inside a try block that has an except clause, errors are caught here: raising is allowed. */
    int catchingDepth;

    abstract void declareName(SourcePos pos, String name, Object value);

    ExpressionChecks(TypeChecker module, Function function) {
        super(module, function);
    }

    // ================================================================ expressions

    TExpr expression(Expr e, Type expected) {
        return switch (e) {
            case Expr.IntLit i -> new TExpr.Const(i.pos(), Types.INT_LITERAL, parseInt(i));
            case Expr.FloatLit f -> new TExpr.Const(f.pos(), Types.FLOAT_LITERAL, Double.parseDouble(f.text().replace("_", "")));
            case Expr.StrLit s -> new TExpr.Const(s.pos(), Types.STRING_LITERAL, s.value());
            case Expr.BoolLit b -> new TExpr.Const(b.pos(), Types.BOOL, b.value());
            case Expr.NoneLit n -> new TExpr.Const(n.pos(), Types.NONE, null);
            case Expr.Name n -> name(n);
            case Expr.Binary b -> binary(b.pos(), b.op(), expression(b.left(), null), expression(b.right(), null));
            case Expr.Unary u -> unary(u);
            case Expr.Compare c -> compare(c);
            case Expr.Logical l -> new TExpr.Logical(l.pos(), Types.BOOL, l.isAnd(), condition(l.left()), condition(l.right()));
            case Expr.Not n -> not(n);
            case Expr.Conditional c -> conditional(c, expected);
            case Expr.Call c -> call(c);
            case Expr.Index i -> index(i);
            case Expr.Transfer t -> transfer(t);
            case Expr.Attribute a -> attribute(a);
            case Expr.Checked k -> (TExpr) k.payload();
            case Expr.ListLit l -> listLiteral(l.pos(), l.elements(), expected);
            case Expr.TupleLit t -> tupleLiteral(t, expected);
            case Expr.DictLit d -> dictLiteral(d, expected);
            default -> throw error(e.pos(), "this expression is not supported yet");
        };
    }

    BigInteger parseInt(Expr.IntLit i) {
        String text = i.text().replace("_", "").toLowerCase();
        try {
            if (text.startsWith("0x")) {
                return new BigInteger(text.substring(2), 16);
            } else if (text.startsWith("0o")) {
                return new BigInteger(text.substring(2), 8);
            } else if (text.startsWith("0b")) {
                return new BigInteger(text.substring(2), 2);
            }
            return new BigInteger(text);
        } catch (NumberFormatException ex) {
            throw error(i.pos(), "invalid integer literal '" + i.text() + "'");
        }
    }

    Object lookup(Expr.Name n) {
        Object found = lookupGlobalOrLocal(n.name());
        if (found == null) {
            throw error(n.pos(), "use of unknown declaration '" + n.name() + "'");
        }
        return found;
    }

    Object lookupGlobalOrLocal(String name) {
        if (name.equals("Self") && function != null && function.owner != null) {
            return function.owner;
        }
        if (function != null && function.typeArgs.containsKey(name)) {
            return function.typeArgs.get(name);
        }
        Object found = scope == null ? null : scope.lookup(name);
        return found != null ? found : module.globals.get(name);
    }

    /**
     * {@code ref r = place}: r names the place itself (a reference, not a copy). Uses of r are
     * uses of the place, so the reference keeps its owner alive, and a use after the owner was
     * moved or destroyed is rejected like a use of the owner.
     */
    TStmt refDecl(Stmt.RefDecl r) {
        TExpr target = expression(r.init(), null);
        if (!isPlace(target) && !org.trufflemojo.typed.TExprs.isMemoryPlace(target) && !org.trufflemojo.typed.TExprs.isObjectElementPlace(target)) {
            throw error(r.init().pos(), "a 'ref' binding needs a place to refer to (a variable, a field, a list element or a pointee)");
        }
        List<TStmt> pins = new ArrayList<>();
        declareName(r.pos(), r.name(), new RefAlias(pinIndices(target, pins)));
        return pins.isEmpty() ? null : new TStmt.Block(r.pos(), pins);
    }

    /**
     * The place with each list index that is not a constant evaluated once, into a hidden local,
     * so that the reference keeps naming the element it was bound to when the index variable changes.
     */
    private TExpr pinIndices(TExpr place, List<TStmt> pins) {
        if (place instanceof TExpr.FieldRead fr) {
            return new TExpr.FieldRead(fr.pos(), fr.type(), pinIndices(fr.object(), pins), fr.field());
        }
        if (place instanceof TExpr.ListElement le && !(le.index() instanceof TExpr.Const)) {
            Local index = newLocal("(index of a reference)", Types.INT, le.index().pos());
            pins.add(new TStmt.WriteLocal(le.index().pos(), index, le.index(), true));
            return new TExpr.ListElement(le.pos(), le.type(), pinIndices(le.list(), pins), new TExpr.ReadLocal(le.index().pos(), Types.INT, index));
        }
        if (place instanceof TExpr.ListElement le) {
            return new TExpr.ListElement(le.pos(), le.type(), pinIndices(le.list(), pins), le.index());
        }
        return place;
    }

    /** A name bound by {@code ref r = place}. */
    record RefAlias(TExpr place) {
    }

    /** The place a reference names, re-positioned at the use. */
    static TExpr reposition(TExpr place, SourcePos pos) {
        if (place instanceof TExpr.ReadLocal rl) {
            return new TExpr.ReadLocal(pos, rl.type(), rl.local());
        }
        if (place instanceof TExpr.ListElement le) {
            return new TExpr.ListElement(pos, le.type(), le.list(), le.index());
        }
        if (place instanceof TExpr.Deref d) {
            return new TExpr.Deref(pos, d.type(), d.pointer(), d.index());
        }
        TExpr.FieldRead fr = (TExpr.FieldRead) place;
        return new TExpr.FieldRead(pos, fr.type(), reposition(fr.object(), pos), fr.field());
    }

    TExpr name(Expr.Name n) {
        Object found = lookup(n);
        if (found instanceof Local l && l.type == Types.ERROR) {
            throw new CompileError(); // its declaration was already reported
        }
        if (found instanceof Local l) {
            return new TExpr.ReadLocal(n.pos(), l.type, l);
        }
        if (found instanceof RefAlias ref) {
            return reposition(ref.place(), n.pos());
        }
        if (found instanceof TExpr.Const c) {
            return new TExpr.Const(n.pos(), c.type(), c.value());
        }
        if (found instanceof Type t) {
            throw error(n.pos(), "type '" + t.name() + "' cannot be used as a value here");
        }
        if (found instanceof List<?> fns && fns.size() == 1 && fns.get(0) instanceof Function f && !f.isTemplate && f.owner == null) {
            List<Type> params = new ArrayList<>(f.paramTypes());
            return new TExpr.FunctionRef(n.pos(), FunctionType.of(params, f.resultType, f.raises), f);
        }
        throw error(n.pos(), "'" + n.name() + "' cannot be used as a value here");
    }

    TExpr unary(Expr.Unary u) {
        TExpr v = expression(u.operand(), null);
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
        if (t instanceof StructType st) {
            return dunder(pos, v, st, u.op().dunder, null);
        }
        if (t instanceof ScalarType s && u.op() != Expr.UnaryOp.POS) {
            Type wide = s.isFloat() ? Types.FLOAT64 : Types.INT;
            TExpr widened = new TExpr.Prim(pos, wide, PrimOp.TO_SCALAR, List.of(v));
            PrimOp op = s.isFloat() ? PrimOp.FLOAT_NEG : u.op() == Expr.UnaryOp.NEG ? PrimOp.INT_NEG : PrimOp.INT_INVERT;
            return new TExpr.Prim(pos, s, PrimOp.TO_SCALAR, List.of(new TExpr.Prim(pos, wide, op, List.of(widened))));
        }
        v = coerce(v, t, u.operand().pos());
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
            throw error(pos, "'" + t.name() + "' does not support unary '" + u.op().symbol + "'");
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
        TExpr v = expression(e, Types.BOOL);
        return toBool(v, e.pos());
    }

    TExpr toBool(TExpr v, SourcePos pos) {
        Type t = v.type();
        if (t == Types.BOOL) {
            return v;
        }
        if (v instanceof TExpr.Const c && Types.isLiteral(t)) {
            boolean b = t == Types.INT_LITERAL ? ((BigInteger) c.value()).signum() != 0
                            : t == Types.FLOAT_LITERAL ? (Double) c.value() != 0.0 : !((String) c.value()).isEmpty();
            return new TExpr.Const(pos, Types.BOOL, b);
        }
        if (t instanceof OptionalType) {
            return new TExpr.OptionalOp(pos, Types.BOOL, "is_some", List.of(borrowed(v, pos)));
        }
        if (t == Types.INT || t == Types.UINT || t instanceof PointerType) {
            return new TExpr.Prim(pos, Types.BOOL, PrimOp.INT_TO_BOOL, List.of(v));
        }
        if (t == Types.FLOAT64) {
            return new TExpr.Prim(pos, Types.BOOL, PrimOp.FLOAT_TO_BOOL, List.of(v));
        }
        if (t == Types.STRING) {
            return new TExpr.Prim(pos, Types.BOOL, PrimOp.STR_TO_BOOL, List.of(borrowed(v, pos)));
        }
        if (t instanceof ListType lt) {
            TExpr length = listOp(pos, Types.INT, TExpr.ListOpKind.LEN, lt, borrowed(v, pos));
            return new TExpr.Prim(pos, Types.BOOL, PrimOp.INT_TO_BOOL, List.of(length));
        }
        if (t instanceof StructType st && !st.methods("__bool__").isEmpty()) {
            return dunder(pos, v, st, "__bool__", null);
        }
        throw error(pos, "'" + t.name() + "' does not implement the 'Boolable' trait");
    }

    TExpr conditional(Expr.Conditional c, Type expected) {
        TExpr cond = condition(c.condition());
        TExpr then = expression(c.then(), expected);
        TExpr otherwise = expression(c.otherwise(), expected);
        Type t = expected != null ? expected : unify(then.type(), otherwise.type(), c.pos());
        return new TExpr.Conditional(c.pos(), t, cond, coerce(then, t, c.then().pos()), coerce(otherwise, t, c.otherwise().pos()));
    }

    /** The common type of two operands for arithmetic, comparison or a conditional. */
    Type unify(Type a, Type b, SourcePos pos) {
        if (a == b) {
            return Types.materialize(a);
        }
        if (Types.isStringLike(a) && Types.isStringLike(b)) {
            return Types.STRING;
        }
        if (a instanceof ScalarType || b instanceof ScalarType) {
            ScalarType s = a instanceof ScalarType sa ? sa : (ScalarType) b;
            Type other = s == a ? b : a;
            if (other == s || other == Types.INT_LITERAL || other == Types.INT || (s.isFloat() && (other == Types.FLOAT_LITERAL || other == Types.FLOAT64))) {
                return s; // Int (and, for floats, Float64) convert implicitly to the scalar type
            }
            throw error(pos, "incompatible types '" + a.name() + "' and '" + b.name() + "': convert one explicitly");
        }
        if (Types.isNumeric(a) && Types.isNumeric(b)) {
            if (a == Types.FLOAT64 || b == Types.FLOAT64 || a == Types.FLOAT_LITERAL || b == Types.FLOAT_LITERAL) {
                return Types.FLOAT64;
            }
            if (a == Types.UINT || b == Types.UINT) {
                if (a == Types.INT || b == Types.INT) {
                    throw error(pos, "cannot implicitly convert between 'Int' and 'UInt'");
                }
                return Types.UINT;
            }
            return Types.INT;
        }
        throw error(pos, "incompatible types '" + a.name() + "' and '" + b.name() + "'");
    }

    TExpr binary(SourcePos pos, Expr.BinOp op, TExpr l, TExpr r) {
        if (l.type() instanceof VectorType || r.type() instanceof VectorType) {
            VectorType vt = l.type() instanceof VectorType a ? a : (VectorType) r.type();
            TExpr lv = vectorOperand(l, vt, pos);
            TExpr rv = vectorOperand(r, vt, pos);
            if (op == Expr.BinOp.MATMUL || (vt.isFloat() && (op == Expr.BinOp.AND || op == Expr.BinOp.OR || op == Expr.BinOp.XOR
                            || op == Expr.BinOp.LSHIFT || op == Expr.BinOp.RSHIFT))) {
                throw badOperands(pos, op.symbol, l.type(), r.type());
            }
            return new TExpr.VectorOp(pos, vt, TExpr.VectorOpKind.BINARY, vt, laneOp(op), List.of(lv, rv));
        }
        if (l.type() instanceof PointerType pt && (op == Expr.BinOp.ADD || op == Expr.BinOp.SUB) && Types.isIntegral(r.type())) {
            TExpr offset = coerce(r, Types.INT, pos);
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
        if (l instanceof TExpr.Const lc && r instanceof TExpr.Const rc && Types.isLiteral(l.type()) && Types.isLiteral(r.type())) {
            TExpr folded = LiteralFolding.fold(pos, op, lc, rc);
            if (folded != null) {
                return folded;
            }
        }
        Type lt = l.type();
        Type rt = r.type();
        if (lt instanceof ListType la && Types.isIntegral(rt) && op == Expr.BinOp.MUL && !la.isFixed()) {
            return new TExpr.ListOp(pos, la, TExpr.ListOpKind.REPEAT, la, List.of(borrowed(l, pos), coerce(r, Types.INT, pos)));
        }
        if (lt instanceof ListType la && rt == lt && op == Expr.BinOp.ADD) {
            return new TExpr.ListOp(pos, la.isFixed() ? ListType.of(la.element) : la, TExpr.ListOpKind.CONCAT, la,
                            List.of(borrowed(l, pos), borrowed(r, pos)));
        }
        if (Types.isStringLike(lt) || Types.isStringLike(rt)) {
            if (op == Expr.BinOp.ADD && Types.isStringLike(lt) && Types.isStringLike(rt)) {
                return new TExpr.Prim(pos, Types.STRING, PrimOp.STR_ADD, List.of(borrowedString(l, pos), borrowedString(r, pos)));
            }
            if (op == Expr.BinOp.MUL && Types.isStringLike(lt) && Types.isIntegral(rt)) {
                return new TExpr.Prim(pos, Types.STRING, PrimOp.STR_MUL, List.of(borrowedString(l, pos), coerce(r, Types.INT, pos)));
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
        Type t = unify(lt, rt, pos);
        l = coerce(l, t, pos);
        r = coerce(r, t, pos);
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

    CompileError badOperands(SourcePos pos, String symbol, Type l, Type r) {
        return error(pos, "invalid operands to '" + symbol + "': '" + l.name() + "' and '" + r.name() + "'");
    }

    /** An operator implemented by a struct's dunder method, e.g. {@code a + b} as {@code a.__add__(b)}. */
    TExpr dunder(SourcePos pos, TExpr receiver, StructType st, String method, TExpr argument) {
        List<Function> fns = st.methods(method);
        if (fns.isEmpty()) {
            throw error(pos, "'" + st.name() + "' does not implement '" + method + "'");
        }
        List<Expr.Arg> args = new ArrayList<>();
        if (argument != null) {
            args.add(new Expr.Arg(pos, null, new Expr.Checked(argument.pos(), argument), false));
        }
        return resolveCall(pos, method, fns, receiver, args);
    }

    TExpr compare(Expr.Compare c) {
        List<TExpr> operands = new ArrayList<>();
        for (Expr e : c.operands()) {
            operands.add(expression(e, null));
        }
        if (c.ops().size() == 1 && (c.ops().get(0) == Expr.CompareOp.IS || c.ops().get(0) == Expr.CompareOp.IS_NOT)
                        && operands.get(0).type() instanceof OptionalType && operands.get(1).type() == Types.NONE) {
            TExpr some = new TExpr.OptionalOp(c.pos(), Types.BOOL, "is_some", List.of(borrowed(operands.get(0), c.pos())));
            return c.ops().get(0) == Expr.CompareOp.IS_NOT ? some : new TExpr.Prim(c.pos(), Types.BOOL, PrimOp.BOOL_NOT, List.of(some));
        }
        if (c.ops().size() == 1 && operands.get(1).type() instanceof DictType dt
                        && (c.ops().get(0) == Expr.CompareOp.IN || c.ops().get(0) == Expr.CompareOp.NOT_IN)) {
            TExpr contains = new TExpr.DictOp(c.pos(), Types.BOOL, "contains", dt, List.of(borrowed(operands.get(1), c.pos()),
                            borrowed(coerce(operands.get(0), dt.key, c.pos()), c.pos())));
            return c.ops().get(0) == Expr.CompareOp.IN ? contains : new TExpr.Prim(c.pos(), Types.BOOL, PrimOp.BOOL_NOT, List.of(contains));
        }
        if (c.ops().size() == 1 && operands.get(1).type() instanceof ListType lt
                        && (c.ops().get(0) == Expr.CompareOp.IN || c.ops().get(0) == Expr.CompareOp.NOT_IN)) {
            requireEquatable(lt, c.pos(), c.ops().get(0).symbol);
            TExpr contains = listOp(c.pos(), Types.BOOL, TExpr.ListOpKind.CONTAINS, lt, borrowed(operands.get(1), c.pos()),
                            borrowed(coerce(operands.get(0), lt.element, c.pos()), c.pos()));
            return c.ops().get(0) == Expr.CompareOp.IN ? contains : new TExpr.Prim(c.pos(), Types.BOOL, PrimOp.BOOL_NOT, List.of(contains));
        }
        if (c.ops().size() == 1 && operands.get(0).type() instanceof ListType lt && operands.get(1).type() instanceof ListType
                        && (c.ops().get(0) == Expr.CompareOp.EQ || c.ops().get(0) == Expr.CompareOp.NE)) {
            return listEquality(c.pos(), operands.get(0), coerce(operands.get(1), lt, c.pos()), lt, c.ops().get(0) == Expr.CompareOp.NE);
        }
        if (c.ops().size() == 1 && (operands.get(0).type() instanceof StructType || operands.get(1).type() instanceof StructType)) {
            Expr.CompareOp op = c.ops().get(0);
            TExpr l = operands.get(0);
            TExpr r = operands.get(1);
            if (op == Expr.CompareOp.IN || op == Expr.CompareOp.NOT_IN) {
                TExpr contains = r.type() instanceof StructType st ? dunder(c.pos(), r, st, "__contains__", l) : null;
                if (contains == null) {
                    throw error(c.pos(), "'" + r.type().name() + "' does not support the 'in' operator");
                }
                return op == Expr.CompareOp.IN ? contains : new TExpr.Prim(c.pos(), Types.BOOL, PrimOp.BOOL_NOT, List.of(contains));
            }
            if (l.type() instanceof StructType st) {
                if (op == Expr.CompareOp.NE && st.methods("__ne__").isEmpty() && !st.methods("__eq__").isEmpty()) {
                    return new TExpr.Prim(c.pos(), Types.BOOL, PrimOp.BOOL_NOT, List.of(dunder(c.pos(), l, st, "__eq__", r)));
                }
                return dunder(c.pos(), l, st, op.dunder, r);
            }
            throw error(c.pos(), "'" + l.type().name() + "' cannot be compared with '" + r.type().name() + "'");
        }
        List<PrimOp> ops = new ArrayList<>();
        for (int i = 0; i < c.ops().size(); i++) {
            Expr.CompareOp op = c.ops().get(i);
            TExpr l = operands.get(i);
            TExpr r = operands.get(i + 1);
            Type t;
            if (op == Expr.CompareOp.IN || op == Expr.CompareOp.NOT_IN) {
                if (!(Types.isStringLike(l.type()) && Types.isStringLike(r.type()))) {
                    throw error(c.pos(), "'" + r.type().name() + "' does not support the 'in' operator");
                }
                t = Types.STRING;
            } else if (l.type() == Types.BOOL && r.type() == Types.BOOL) {
                t = Types.BOOL;
            } else if (l.type() instanceof PointerType && l.type() == r.type()) {
                t = Types.UINT;
                ops.add(compareOp(op, t, c.pos()));
                continue;
            } else if (l.type() == Types.NONE || r.type() == Types.NONE) {
                throw error(c.pos(), "invalid comparison with 'None'");
            } else {
                t = unify(l.type(), r.type(), c.pos());
            }
            // Each operand has one type for the whole chain; re-coercing an already coerced operand is a no-op.
            operands.set(i, borrowed(coerce(l, t, c.operands().get(i).pos()), c.operands().get(i).pos()));
            operands.set(i + 1, borrowed(coerce(r, t, c.operands().get(i + 1).pos()), c.operands().get(i + 1).pos()));
            ops.add(compareOp(op, t, c.pos()));
        }
        return new TExpr.CompareChain(c.pos(), Types.BOOL, operands, ops);
    }

    PrimOp compareOp(Expr.CompareOp op, Type t, SourcePos pos) {
        if (op == Expr.CompareOp.IS || op == Expr.CompareOp.IS_NOT) {
            throw error(pos, "'is' is not supported for '" + t.name() + "'");
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
            throw error(pos, "'" + t.name() + "' does not support comparison");
        }
        if (k >= table.length) {
            throw error(pos, "'" + t.name() + "' does not support '" + op.symbol + "'");
        }
        return table[k];
    }

    TExpr index(Expr.Index i) {
        TExpr target = expression(i.target(), null);
        Type t = Types.materialize(target.type());
        if (t instanceof StructType st) {
            return methodCall(i.pos(), target, st, "__getitem__", i.indices());
        }
        if (t instanceof PointerType pt) {
            requireStorable(pt.pointee, i.pos());
            TExpr index = i.indices().isEmpty() ? intConst(i.pos(), 0) : intArg(i.indices().get(0).value());
            return new TExpr.Deref(i.pos(), pt.pointee, target, index);
        }
        if (t instanceof TupleType tt && i.indices().size() == 1) {
            TExpr.Const k = ConstantFolder.fold(coerce(expression(i.indices().get(0).value(), Types.INT), Types.INT, i.pos()));
            if (k == null) {
                throw error(i.pos(), "a tuple index must be a compile-time constant");
            }
            long idx = (Long) k.value();
            if (idx < 0) {
                idx += tt.elements.size();
            }
            if (idx < 0 || idx >= tt.elements.size()) {
                throw error(i.pos(), "index " + k.value() + " is out of range for '" + tt.name() + "'");
            }
            return new TExpr.TupleGet(i.pos(), tt.elements.get((int) idx), borrowed(target, i.target().pos()), (int) idx);
        }
        if (t instanceof DictType dt && i.indices().size() == 1) {
            return dictElement(i.pos(), borrowed(target, i.target().pos()), dt, expression(i.indices().get(0).value(), dt.key));
        }
        if (t instanceof VectorType vt && i.indices().size() == 1) {
            return new TExpr.VectorOp(i.pos(), vt.element, TExpr.VectorOpKind.GET, vt, null, List.of(target, intArg(i.indices().get(0).value())));
        }
        if (t instanceof BoxType bt && bt.isNative() && i.indices().isEmpty()) {
            return new TExpr.Deref(i.pos(), bt.element, borrowed(target, i.target().pos()), intConst(i.pos(), 0));
        }
        if (t instanceof BoxType bt && i.indices().isEmpty()) {
            return new TExpr.OptionalOp(i.pos(), bt.element, "value", List.of(borrowed(target, i.target().pos())));
        }
        if (t instanceof OptionalType ot && i.indices().isEmpty()) {
            return new TExpr.OptionalOp(i.pos(), ot.element, "value", List.of(borrowed(target, i.target().pos())));
        }
        if (t instanceof ListType lt && i.indices().size() == 1 && i.indices().get(0).value() instanceof Expr.Slice s) {
            List<TExpr> parts = new ArrayList<>();
            parts.add(borrowed(target, i.target().pos()));
            parts.add(s.lower() == null ? new TExpr.Const(s.pos(), Types.NONE, null) : intArg(s.lower()));
            parts.add(s.upper() == null ? new TExpr.Const(s.pos(), Types.NONE, null) : intArg(s.upper()));
            parts.add(s.step() == null ? new TExpr.Const(s.pos(), Types.NONE, null) : intArg(s.step()));
            return new TExpr.ListOp(i.pos(), ListType.of(lt.element), TExpr.ListOpKind.SLICE, lt, parts);
        }
        if (t instanceof ListType lt && i.indices().size() == 1 && !(i.indices().get(0).value() instanceof Expr.Slice)) {
            return new TExpr.ListElement(i.pos(), lt.element, borrowed(target, i.target().pos()), intArg(i.indices().get(0).value()));
        }
        if (t == Types.STRING && i.indices().size() == 1) {
            target = borrowedString(target, i.target().pos());
            Expr idx = i.indices().get(0).value();
            if (idx instanceof Expr.Slice s) {
                List<TExpr> parts = new ArrayList<>();
                parts.add(target);
                parts.add(s.lower() == null ? new TExpr.Const(s.pos(), Types.NONE, null) : intArg(s.lower()));
                parts.add(s.upper() == null ? new TExpr.Const(s.pos(), Types.NONE, null) : intArg(s.upper()));
                parts.add(s.step() == null ? new TExpr.Const(s.pos(), Types.NONE, null) : intArg(s.step()));
                return new TExpr.Prim(i.pos(), Types.STRING, PrimOp.STR_SLICE, parts);
            }
            return new TExpr.Prim(i.pos(), Types.STRING, PrimOp.STR_INDEX, List.of(target, intArg(idx)));
        }
        throw error(i.pos(), "'" + t.name() + "' is not subscriptable");
    }

    TExpr intArg(Expr e) {
        return coerce(expression(e, Types.INT), Types.INT, e.pos());
    }

    static TExpr intConst(SourcePos pos, long v) {
        return new TExpr.Const(pos, Types.INT, v);
    }

    // ================================================================ calls

    TExpr call(Expr.Call c) {
        if (c.callee() instanceof Expr.Name sn && lookupGlobalOrLocal(sn.name()) == TypeConstructor.SPAN) {
            if (c.args().size() != 1) {
                throw error(c.pos(), "'Span' is made from one list: Span(values)");
            }
            TExpr list = expression(c.args().get(0).value(), null);
            if (!(list.type() instanceof ListType)) {
                throw error(c.pos(), "'Span' views a List, not '" + list.type().name() + "'");
            }
            return list; // the span is the list itself, borrowed
        }
        if (c.callee() instanceof Expr.Name pn && lookupGlobalOrLocal(pn.name()) == TypeConstructor.UNSAFE_POINTER) {
            return addressOf(c);
        }
        if (c.callee() instanceof Expr.Name bn && (lookupGlobalOrLocal(bn.name()) == TypeConstructor.OWNED_POINTER
                        || lookupGlobalOrLocal(bn.name()) == TypeConstructor.ARC_POINTER)) {
            return newBox(c, null, lookupGlobalOrLocal(bn.name()) == TypeConstructor.ARC_POINTER);
        }
        if (c.callee() instanceof Expr.Name n && lookupGlobalOrLocal(n.name()) == TypeConstructor.LIST) {
            return listConstructor(c, null);
        }
        if (c.callee() instanceof Expr.Name on && lookupGlobalOrLocal(on.name()) == TypeConstructor.OPTIONAL) {
            // Optional(value): the element type is the value's.
            if (c.args().size() != 1 || c.args().get(0).keyword() != null) {
                throw error(c.pos(), "'Optional(value)' takes one value; write Optional[T]() for an empty one");
            }
            TExpr v = expression(c.args().get(0).value(), null);
            Type element = Types.materialize(v.type());
            return coerce(v, OptionalType.of(element), c.pos());
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Name fn && lookupGlobalOrLocal(fn.name()) instanceof List<?> overloads) {
            @SuppressWarnings("unchecked")
            List<Function> fns = (List<Function>) overloads;
            return resolveCall(c.pos(), fn.name(), fns, null, c.args(), ix.indices());
        }
        if (c.callee() instanceof Expr.Name fnv && lookupGlobalOrLocal(fnv.name()) instanceof Local fl && fl.type instanceof FunctionType ft) {
            List<TExpr> args = positionalOnly(c, fnv.name());
            if (args.size() != ft.params.size()) {
                throw error(c.pos(), "invalid call to '" + fnv.name() + "': expected " + ft.params.size() + " arguments, got " + args.size());
            }
            List<TExpr> bound = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                bound.add(borrowed(coerce(args.get(i), ft.params.get(i), args.get(i).pos()), args.get(i).pos()));
            }
            if (ft.raises) {
                checkMayRaise(c.pos(), "call to '" + fnv.name() + "'");
            }
            return new TExpr.IndirectCall(c.pos(), ft.result, new TExpr.ReadLocal(fnv.pos(), ft, fl), bound);
        }
        if (c.callee() instanceof Expr.Name fp && lookupGlobalOrLocal(fp.name()) instanceof TExpr.FunctionRef ref) {
            return resolveCall(c.pos(), fp.name(), List.of(ref.function()), null, c.args());
        }
        if (c.callee() instanceof Expr.Name n) {
            Object target = lookup(n);
            if (target instanceof Builtin b) {
                return builtinCall(c, b, n.name());
            }
            if (target instanceof StructType st) {
                return constructStruct(c.pos(), st, c.args());
            }
            if (target instanceof StructTemplate template) {
                return constructStruct(c.pos(), inferStruct(c, template), c.args());
            }
            if (target instanceof Type t) {
                return construct(c, t);
            }
            if (target instanceof List<?> overloads) {
                @SuppressWarnings("unchecked")
                List<Function> fns = (List<Function>) overloads;
                return resolveCall(c.pos(), n.name(), fns, null, c.args());
            }
            throw error(n.pos(), "'" + n.name() + "' is not callable");
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Name fn
                        && (lookupGlobalOrLocal(fn.name()) == Builtin.SIZE_OF || lookupGlobalOrLocal(fn.name()) == Builtin.ALIGN_OF)) {
            // sys.size_of[T]() / align_of[T](): T's layout in native memory.
            if (!c.args().isEmpty() || ix.indices().size() != 1) {
                throw error(c.pos(), "invalid call to '" + fn.name() + "': expected one type parameter and no arguments");
            }
            Type t = resolveType(ix.indices().get(0).value());
            requireStorable(t, ix.indices().get(0).value().pos());
            long v = lookupGlobalOrLocal(fn.name()) == Builtin.SIZE_OF ? NativeLayout.sizeOf(t) : NativeLayout.alignOf(t);
            return new TExpr.Const(c.pos(), Types.INT, v);
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Name fn && lookupGlobalOrLocal(fn.name()) instanceof TExpr.Const k
                        && k.value() instanceof Double && ix.indices().size() == 1 && TypeChecker.dtype(ix.indices().get(0).value()) instanceof Type ft) {
            // math.inf[DType.float32]() and nan[...]: the constant in the requested float type.
            if (!c.args().isEmpty() || !(ft == Types.FLOAT64 || ft instanceof ScalarType sc && sc.isFloat())) {
                throw error(c.pos(), "invalid call to '" + fn.name() + "': expected no arguments and a floating-point DType");
            }
            return new TExpr.Const(c.pos(), ft, k.value());
        }
        if (c.callee() instanceof Expr.Index ix && ix.target() instanceof Expr.Name tn && lookupGlobalOrLocal(tn.name()) instanceof StructTemplate) {
            return constructStruct(c.pos(), (StructType) resolveType(ix), c.args());
        }
        if (c.callee() instanceof Expr.Index ix && typeExpression(ix) instanceof BoxType bt) {
            return newBox(c, bt.element, bt.shared);
        }
        if (c.callee() instanceof Expr.Index ix && typeExpression(ix) instanceof VectorType vt) {
            List<TExpr> values = new ArrayList<>();
            for (TExpr v : positionalOnly(c, vt.name())) {
                values.add(coerce(v, vt.element, v.pos()));
            }
            if (values.size() != 1 && values.size() != vt.width) {
                throw error(c.pos(), "'" + vt.name() + "' needs 1 value (to fill it) or " + vt.width + " values, got " + values.size());
            }
            return new TExpr.VectorOp(c.pos(), vt, TExpr.VectorOpKind.NEW, vt, null, values);
        }
        if (c.callee() instanceof Expr.Index ix && typeExpression(ix) instanceof ScalarType st) {
            return construct(c, st);
        }
        if (c.callee() instanceof Expr.Index ix && typeExpression(ix) instanceof DictType dt) {
            positionalOnly(c, dt.name());
            requireHashableKey(dt, c.pos());
            return new TExpr.DictOp(c.pos(), dt, "new", dt, List.of());
        }
        if (c.callee() instanceof Expr.Index ix && typeExpression(ix) instanceof OptionalType ot) {
            List<TExpr> args = positionalOnly(c, ot.name());
            if (args.isEmpty()) {
                return new TExpr.Const(c.pos(), ot, null);
            }
            expectArgs(c, ot.name(), args, 1);
            return coerce(args.get(0), ot, args.get(0).pos());
        }
        if (c.callee() instanceof Expr.Index ix && typeExpression(ix) instanceof ListType lt) {
            return listConstructor(c, lt);
        }

        if (c.callee() instanceof Expr.Index ix && typeExpression(ix) instanceof PointerType pt) {
            if (!c.args().isEmpty()) {
                throw error(c.pos(), "'" + pt.name() + "()' takes no arguments (a null pointer)");
            }
            return new TExpr.Const(c.pos(), pt, 0L);
        }
        if (c.callee() instanceof Expr.Attribute a && a.target() instanceof Expr.Index ix && typeExpression(ix) instanceof PointerType pt) {
            if (!a.name().equals("alloc")) {
                throw error(a.pos(), "'" + pt.name() + "' has no static method '" + a.name() + "'");
            }
            List<TExpr> args = positionalOnly(c, "alloc");
            if (args.size() != 1) {
                throw error(c.pos(), "invalid call to 'alloc': expected 1 argument, got " + args.size());
            }
            requireStorable(pt.pointee, c.pos());
            return new TExpr.Memory(c.pos(), pt, TExpr.MemoryOp.ALLOC, pt.pointee, List.of(coerce(args.get(0), Types.INT, args.get(0).pos())));
        }
        if (c.callee() instanceof Expr.Attribute a && a.target() instanceof Expr.Name n && lookupGlobalOrLocal(n.name()) == Types.STRING
                        && a.name().equals("write")) {
            List<TExpr> values = new ArrayList<>();
            for (Expr.Arg arg : c.args()) {
                values.add(printable(expression(arg.value(), null), arg.value().pos()));
            }
            return new TExpr.Format(c.pos(), Types.STRING, values);
        }
        if (c.callee() instanceof Expr.Attribute a && a.target() instanceof Expr.Name mn && lookupGlobalOrLocal(mn.name()) instanceof ModuleNamespace ns) {
            Object member = ns.members().get(a.name());
            if (member instanceof Builtin b) {
                return builtinCall(c, b, a.name());
            }
            if (member instanceof List<?> overloads) {
                @SuppressWarnings("unchecked")
                List<Function> fns = (List<Function>) overloads;
                return resolveCall(c.pos(), a.name(), fns, null, c.args());
            }
            if (member instanceof StructType st) {
                return constructStruct(c.pos(), st, c.args());
            }
            throw error(a.pos(), "module '" + ns.name() + "' has no function '" + a.name() + "'");
        }
        if (c.callee() instanceof Expr.Attribute a) {
            if (a.target() instanceof Expr.Name n && lookupGlobalOrLocal(n.name()) instanceof StructType st) {
                List<Function> fns = st.methods(a.name());
                if (fns.isEmpty()) {
                    throw error(a.pos(), "'" + st.name() + "' value has no attribute '" + a.name() + "'");
                }
                return resolveCall(c.pos(), st.name() + "." + a.name(), fns, null, c.args());
            }
            TExpr receiver = expression(a.target(), null);
            Type t = receiver.type();
            if (t == Types.WRITER && a.name().equals("write")) {
                List<TExpr> values = new ArrayList<>();
                for (Expr.Arg arg : c.args()) {
                    values.add(printable(expression(arg.value(), null), arg.value().pos()));
                }
                return new TExpr.WriterWrite(c.pos(), Types.NONE, receiver, values);
            }
            if (t instanceof PointerType pt) {
                return pointerMethod(c, a, receiver, pt);
            }
            if (t instanceof ListType lt) {
                return listMethod(c, a, receiver, lt);
            }
            if (Types.isStringLike(t)) {
                return stringMethod(c, a, receiver);
            }
            if (t instanceof OptionalType ot) {
                return optionalMethod(c, a, receiver, ot);
            }
            if (t instanceof TupleType tt && a.name().equals("__len__") && c.args().isEmpty()) {
                return new TExpr.Const(c.pos(), Types.INT, (long) tt.elements.size());
            }
            if (t instanceof DictType dt) {
                return dictMethod(c, a, receiver, dt);
            }
            if (t instanceof VectorType vt) {
                return vectorMethod(c, a, receiver, vt);
            }
            if (t instanceof StructType st) {
                if (a.name().equals("copy") && st.methods("copy").isEmpty()) {
                    if (!st.isCopyable()) {
                        throw error(a.pos(), "'" + st.name() + "' is not copyable because it has no '__copyinit__'");
                    }
                    return new TExpr.Copy(c.pos(), st, borrowed(receiver, a.target().pos()));
                }
                return methodCall(c.pos(), receiver, st, a.name(), c.args());
            }
            throw error(a.pos(), "'" + t.name() + "' value has no attribute '" + a.name() + "'");
        }
        throw error(c.callee().pos(), "this call is not supported yet");
    }

    // ================================================================ strings

    // ================================================================ SIMD vectors

    // ================================================================ dicts

    // ================================================================ tuples and optionals

    // ================================================================ lists

    /** The type an index expression such as {@code UnsafePointer[Int]} denotes, or null if it is not a type. */
    Type typeExpression(Expr.Index ix) {
        if (ix.target() instanceof Expr.Name n && lookupGlobalOrLocal(n.name()) instanceof TypeConstructor) {
            return resolveType(ix);
        }
        return null;
    }

    List<TExpr> positionalOnly(Expr.Call c, String name) {
        List<TExpr> args = new ArrayList<>();
        for (Expr.Arg a : c.args()) {
            if (a.keyword() != null) {
                throw error(a.pos(), "invalid call to '" + name + "': unexpected keyword argument '" + a.keyword() + "'");
            }
            args.add(expression(a.value(), null));
        }
        return args;
    }

    TExpr builtinCall(Expr.Call c, Builtin b, String name) {
        if (b == Builtin.PRINT) {
            throw error(c.pos(), "'print' does not return a value");
        }
        if (b == Builtin.RANGE) {
            throw error(c.pos(), "'range' can only be used in a 'for' loop yet");
        }
        if (b == Builtin.ATOL || b == Builtin.ATOF) {
            // atol(s) / atof(s): String to Int / Float64, raising on malformed text, like Int(s) / Float64(s).
            if (c.args().size() != 1 || c.args().get(0).keyword() != null) {
                throw error(c.pos(), "invalid call to '" + name + "': expected 1 argument");
            }
            if (!Types.isStringLike(expression(c.args().get(0).value(), null).type())) {
                throw error(c.args().get(0).pos(), "'" + name + "' converts a String");
            }
            return construct(c, b == Builtin.ATOL ? Types.INT : Types.FLOAT64);
        }
        List<TExpr> args = positionalOnly(c, name);
        switch (b) {
            case REPR -> {
                expectArgs(c, name, args, 1);
                return repr(args.get(0), c.pos());
            }
            case SORT -> {
                expectArgs(c, name, args, 1);
                if (!(args.get(0).type() instanceof ListType lt)) {
                    throw error(c.pos(), "'sort' needs a List");
                }
                requireMutablePlace(args.get(0), c.pos());
                return listOp(c.pos(), Types.NONE, TExpr.ListOpKind.SORT, lt, args.get(0));
            }
            case HASH -> {
                expectArgs(c, name, args, 1);
                return hash(args.get(0), args.get(0).pos());
            }
            case ENUMERATE -> throw error(c.pos(), "'enumerate' can only be used in a 'for' loop yet");
            case REVERSED -> throw error(c.pos(), "'reversed' can only be used in a 'for' loop over a list, a string or a range yet");
            case SIZE_OF, ALIGN_OF -> throw error(c.pos(), "'" + name + "' needs the type: e.g. " + name + "[Int]()");
            case POW -> {
                expectArgs(c, name, args, 2);
                return binary(c.pos(), Expr.BinOp.POW, args.get(0), args.get(1));
            }
            case ROUND -> {
                if (args.size() == 1 && Types.isIntegral(args.get(0).type())) {
                    return coerce(args.get(0), Types.materialize(args.get(0).type()), c.pos());
                }
                expectArgs(c, name, args, 1);
                return new TExpr.StdlibCall(c.pos(), Types.FLOAT64, b, List.of(coerce(args.get(0), Types.FLOAT64, c.pos())));
            }
            case ORD -> {
                expectArgs(c, name, args, 1);
                return new TExpr.StringMethod(c.pos(), Types.INT, "ord", List.of(borrowedString(args.get(0), c.pos())));
            }
            case CHR -> {
                expectArgs(c, name, args, 1);
                return new TExpr.StringMethod(c.pos(), Types.STRING, "chr", List.of(borrowed(new TExpr.Format(c.pos(), Types.STRING,
                                List.of(printable(coerce(args.get(0), Types.INT, c.pos()), c.pos()))), c.pos())));
            }
            case ISNAN, ISINF, ISFINITE -> {
                expectArgs(c, name, args, 1);
                return new TExpr.StdlibCall(c.pos(), Types.BOOL, b, List.of(coerce(args.get(0), Types.FLOAT64, c.pos())));
            }
            case LOG2, LOG10, ATAN, EXP2 -> {
                expectArgs(c, name, args, 1);
                return new TExpr.StdlibCall(c.pos(), Types.FLOAT64, b, List.of(coerce(args.get(0), Types.FLOAT64, c.pos())));
            }
            case ARGV -> {
                expectArgs(c, name, args, 0);
                return new TExpr.StdlibCall(c.pos(), ListType.of(Types.STRING), b, List.of());
            }
            case PERF_COUNTER_NS -> {
                expectArgs(c, name, args, 0);
                return new TExpr.StdlibCall(c.pos(), Types.INT, b, List.of());
            }
            case PERF_COUNTER, RANDOM_FLOAT64 -> {
                if (b == Builtin.RANDOM_FLOAT64 && args.size() == 2) {
                    return new TExpr.StdlibCall(c.pos(), Types.FLOAT64, b, List.of(coerce(args.get(0), Types.FLOAT64, c.pos()),
                                    coerce(args.get(1), Types.FLOAT64, c.pos())));
                }
                expectArgs(c, name, args, 0);
                return new TExpr.StdlibCall(c.pos(), Types.FLOAT64, b, List.of());
            }
            case RANDOM_SI64 -> {
                expectArgs(c, name, args, 2);
                return new TExpr.StdlibCall(c.pos(), Types.INT, b, List.of(coerce(args.get(0), Types.INT, c.pos()), coerce(args.get(1), Types.INT, c.pos())));
            }
            case SEED, EXIT -> {
                List<TExpr> ops = new ArrayList<>();
                if (!args.isEmpty()) {
                    ops.add(coerce(args.get(0), Types.INT, c.pos()));
                }
                return new TExpr.StdlibCall(c.pos(), Types.NONE, b, ops);
            }
            case ASSERT_TRUE, ASSERT_FALSE -> {
                checkMayRaise(c.pos(), "'" + name + "'");
                if (args.isEmpty() || args.size() > 2) {
                    throw error(c.pos(), "invalid call to '" + name + "': expected a condition and an optional message");
                }
                List<TExpr> ops = new ArrayList<>();
                ops.add(toBool(args.get(0), c.pos()));
                if (args.size() == 2) {
                    ops.add(borrowedString(args.get(1), c.pos()));
                }
                return new TExpr.StdlibCall(c.pos(), Types.NONE, b, ops);
            }
            case ASSERT_EQUAL, ASSERT_NOT_EQUAL -> {
                checkMayRaise(c.pos(), "'" + name + "'");
                if (args.size() < 2 || args.size() > 3) {
                    throw error(c.pos(), "invalid call to '" + name + "': expected two values and an optional message");
                }
                // Compare as the two values' common type, and keep their text for the message.
                TExpr a = args.get(0);
                TExpr bb = args.get(1);
                Type t = unify(a.type(), bb.type(), c.pos());
                TExpr equal = compare(new Expr.Compare(c.pos(), List.of(new Expr.Checked(a.pos(), coerce(a, t, c.pos())),
                                new Expr.Checked(bb.pos(), coerce(bb, t, c.pos()))), List.of(Expr.CompareOp.EQ)));
                List<TExpr> ops = new ArrayList<>();
                ops.add(equal);
                ops.add(borrowed(new TExpr.Format(c.pos(), Types.STRING, List.of(printable(coerce(a, t, c.pos()), c.pos()))), c.pos()));
                ops.add(borrowed(new TExpr.Format(c.pos(), Types.STRING, List.of(printable(coerce(bb, t, c.pos()), c.pos()))), c.pos()));
                if (args.size() == 3) {
                    ops.add(borrowedString(args.get(2), c.pos()));
                }
                return new TExpr.StdlibCall(c.pos(), Types.NONE, b, ops);
            }
            case LEN -> {
                expectArgs(c, name, args, 1);
                TExpr v = args.get(0);
                if (v instanceof TExpr.Const k && k.type() == Types.STRING_LITERAL) {
                    return intConst(c.pos(), ((String) k.value()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
                }
                if (Types.isStringLike(v.type())) {
                    return new TExpr.Prim(c.pos(), Types.INT, PrimOp.STR_LEN, List.of(borrowedString(v, v.pos())));
                }
                if (v.type() instanceof ListType lt) {
                    return listOp(c.pos(), Types.INT, TExpr.ListOpKind.LEN, lt, borrowed(v, v.pos()));
                }
                if (v.type() instanceof DictType dt) {
                    return new TExpr.DictOp(c.pos(), Types.INT, "len", dt, List.of(borrowed(v, v.pos())));
                }
                if (v.type() instanceof TupleType tt) {
                    return new TExpr.Const(c.pos(), Types.INT, (long) tt.elements.size());
                }
                if (v.type() instanceof VectorType vt) {
                    return new TExpr.Const(c.pos(), Types.INT, (long) vt.width);
                }
                if (v.type() instanceof StructType st && !st.methods("__len__").isEmpty()) {
                    return dunder(c.pos(), v, st, "__len__", null);
                }
                throw error(v.pos(), "'" + v.type().name() + "' does not implement the 'Sized' trait");
            }
            case ABS -> {
                expectArgs(c, name, args, 1);
                TExpr v = args.get(0);
                Type t = Types.materialize(v.type());
                if (t == Types.INT) {
                    return new TExpr.Prim(c.pos(), t, PrimOp.INT_ABS, List.of(coerce(v, t, v.pos())));
                }
                if (t == Types.UINT) {
                    return v;
                }
                if (t == Types.FLOAT64) {
                    return new TExpr.Prim(c.pos(), t, PrimOp.FLOAT_ABS, List.of(coerce(v, t, v.pos())));
                }
                throw error(v.pos(), "'" + t.name() + "' does not implement the 'Absable' trait");
            }
            case MIN, MAX -> {
                if (args.size() < 2) {
                    throw error(c.pos(), "invalid call to '" + name + "': expected at least 2 arguments, got " + args.size());
                }
                TExpr acc = args.get(0);
                for (int i = 1; i < args.size(); i++) {
                    TExpr next = args.get(i);
                    Type t = unify(acc.type(), next.type(), c.pos());
                    PrimOp op;
                    if (t == Types.INT) {
                        op = b == Builtin.MIN ? PrimOp.INT_MIN : PrimOp.INT_MAX;
                    } else if (t == Types.UINT) {
                        op = b == Builtin.MIN ? PrimOp.UINT_MIN : PrimOp.UINT_MAX;
                    } else if (t == Types.FLOAT64) {
                        op = b == Builtin.MIN ? PrimOp.FLOAT_MIN : PrimOp.FLOAT_MAX;
                    } else if (t == Types.STRING) {
                        op = b == Builtin.MIN ? PrimOp.STR_MIN : PrimOp.STR_MAX;
                    } else {
                        throw error(c.pos(), "'" + t.name() + "' is not comparable");
                    }
                    acc = new TExpr.Prim(c.pos(), t, op, List.of(borrowed(coerce(acc, t, c.pos()), c.pos()), borrowed(coerce(next, t, next.pos()), next.pos())));
                }
                return acc;
            }
            default -> {
                expectArgs(c, name, args, 1);
                TExpr v = args.get(0);
                if (Types.isIntegral(v.type()) && (b == Builtin.FLOOR || b == Builtin.CEIL || b == Builtin.TRUNC)) {
                    return coerce(v, Types.materialize(v.type()), v.pos());
                }
                PrimOp op = switch (b) {
                    case SQRT -> PrimOp.FLOAT_SQRT;
                    case SIN -> PrimOp.FLOAT_SIN;
                    case COS -> PrimOp.FLOAT_COS;
                    case TAN -> PrimOp.FLOAT_TAN;
                    case EXP -> PrimOp.FLOAT_EXP;
                    case LOG -> PrimOp.FLOAT_LOG;
                    case FLOOR -> PrimOp.FLOAT_FLOOR;
                    case CEIL -> PrimOp.FLOAT_CEIL;
                    default -> PrimOp.FLOAT_TRUNC;
                };
                return new TExpr.Prim(c.pos(), Types.FLOAT64, op, List.of(coerce(v, Types.FLOAT64, v.pos())));
            }
        }
    }

    void expectArgs(Expr.Call c, String name, List<TExpr> args, int n) {
        if (args.size() != n) {
            throw error(c.pos(), "invalid call to '" + name + "': expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.size());
        }
    }

    /** {@code Int(x)}, {@code Float64(x)}, {@code String(a, b)}, {@code Bool(x)}, {@code UInt(x)}. */
    TExpr construct(Expr.Call c, Type t) {
        List<TExpr> args = positionalOnly(c, t.name());
        SourcePos pos = c.pos();
        if (t == Types.ERROR_VALUE) {
            List<TExpr> values = new ArrayList<>();
            for (TExpr a : args) {
                values.add(printable(a, a.pos()));
            }
            return new TExpr.Format(pos, Types.ERROR_VALUE, values);
        }
        if (t == Types.STRING) {
            if (args.isEmpty()) {
                return new TExpr.Const(pos, Types.STRING, "");
            }
            if (args.size() == 1 && Types.materialize(args.get(0).type()) instanceof ListType lt) {
                return listString(pos, args.get(0), lt);
            }
            List<TExpr> values = new ArrayList<>();
            for (TExpr a : args) {
                values.add(printable(a, a.pos()));
            }
            // String(s) of a string is the string itself (copied if it is a place); anything
            // else printable is a borrowed temporary and is formatted into a new owned String.
            if (values.size() == 1 && Types.isStringLike(args.get(0).type())) {
                return values.get(0);
            }
            return new TExpr.Format(pos, Types.STRING, values);
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
        }
        expectArgs(c, t.name(), args, 1);
        TExpr v = args.get(0);
        Type from = v.type();
        if (t instanceof ScalarType || from instanceof ScalarType) {
            if (t == Types.BOOL) {
                return toBool(v, pos);
            }
            if (from == Types.BOOL) {
                v = new TExpr.Prim(pos, Types.INT, PrimOp.BOOL_TO_INT, List.of(v));
            } else if (from == Types.INT_LITERAL && t instanceof ScalarType) {
                return coerce(v, t, pos); // folded and wrapped at compile time
            } else if (Types.isLiteral(from)) {
                v = coerce(v, from == Types.FLOAT_LITERAL ? Types.FLOAT64 : Types.INT, pos);
            }
            return new TExpr.Prim(pos, t, PrimOp.TO_SCALAR, List.of(v));
        }
        if (from instanceof StructType st) {
            String method = t == Types.INT ? "__int__" : t == Types.FLOAT64 ? "__float__" : t == Types.BOOL ? "__bool__" : null;
            if (method == null || st.methods(method).isEmpty()) {
                throw error(pos, "cannot construct '" + t.name() + "' from a value of type '" + st.name() + "'");
            }
            return dunder(pos, v, st, method, null);
        }
        if (t == Types.BOOL) {
            return toBool(v, pos);
        }
        if (from == t) {
            return v;
        }
        if (Types.isLiteral(from) && from != Types.STRING_LITERAL) {
            if (t == Types.INT || t == Types.UINT) {
                if (from == Types.FLOAT_LITERAL) {
                    return new TExpr.Const(pos, t, (long) (double) (Double) ((TExpr.Const) v).value());
                }
                return coerce(v, t, pos);
            }
            if (t == Types.FLOAT64) {
                return coerce(v, t, pos);
            }
        }
        if (Types.isStringLike(from)) {
            v = borrowedString(v, pos);
            if (t == Types.INT || t == Types.FLOAT64) {
                checkMayRaise(pos, "converting a String to '" + t.name() + "'");
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
            throw error(pos, "cannot construct '" + t.name() + "' from a value of type '" + from.name() + "'");
        }
        return new TExpr.Prim(pos, t, op, List.of(v));
    }

    // ================================================================ places and ownership

    /**
     * A view: a value owned by something else that is not a local place - an element of a tuple, an
     * optional, a box or a dict, or a field path inside one. Borrowing it needs no temporary;
     * owning it needs a copy.
     */
    static boolean isView(TExpr e) {
        if (e instanceof TExpr.FieldRead fr) {
            return isView(fr.object());
        }
        return e instanceof TExpr.TupleGet || e instanceof TExpr.RefTarget || (e instanceof TExpr.OptionalOp op && op.op().equals("value"));
    }

    /** A place: a local, or a field path rooted at a local. */
    static boolean isPlace(TExpr e) {
        return e instanceof TExpr.ReadLocal || (e instanceof TExpr.FieldRead fr && isPlace(fr.object()));
    }

    static Local placeRoot(TExpr e) {
        return e instanceof TExpr.ReadLocal r ? r.local() : placeRoot(((TExpr.FieldRead) e).object());
    }

    void requireMutablePlace(TExpr place, SourcePos pos) {
        TExpr base = place;
        while (base instanceof TExpr.FieldRead fr) {
            base = fr.object();
        }
        if (base instanceof TExpr.ListElement le) {
            requireMutablePlace(le.list(), pos); // a list's elements are as mutable as the list
            return;
        }
        if (base instanceof TExpr.Deref) {
            return; // memory behind an UnsafePointer is always mutable
        }
        if (base instanceof TExpr.RefTarget rt && rt.call() instanceof TExpr.Call call) {
            // A reference result: as mutable as the value it refers into (the receiver).
            if (!call.args().isEmpty()) {
                TExpr origin = call.args().get(0);
                if (isPlace(origin) || origin instanceof TExpr.RefTarget || org.trufflemojo.typed.TExprs.isMemoryPlace(origin)) {
                    requireMutablePlace(origin, pos);
                }
            }
            return;
        }
        if (!isPlace(place)) {
            throw error(pos, "expression must be mutable in assignment");
        }
        Local root = placeRoot(place);
        if (!root.mutable) {
            String what = root.isParameter() ? "argument '" + root.name + "' is read-only" : "'" + root.name + "' is immutable";
            throw error(pos, "expression must be mutable in assignment (" + what + ")");
        }
    }

    /**
     * Applies an operation that changes a String's or List's header to {@code receiver}. A receiver in
     * native memory (a list element, a pointee, a field of one) is changed through a view that is
     * written back afterwards; any other receiver is changed where it is.
     */
    TExpr inPlace(TExpr receiver, java.util.function.UnaryOperator<TExpr> op) {
        if (function == null || !org.trufflemojo.typed.TExprs.isMemoryPlace(receiver)) {
            return op.apply(receiver);
        }
        Local view = new Local("(changed in place)", receiver.type(), receiver.pos(), org.trufflemojo.syntax.Stmt.Convention.READ, -1,
                        function.locals.size(), true);
        function.locals.add(view);
        TExpr result = op.apply(new TExpr.ReadLocal(receiver.pos(), receiver.type(), view));
        return new TExpr.InPlace(result.pos(), result.type(), receiver, view, result);
    }

    /**
     * An expression where an owned value is needed. A place is wrapped in {@link TExpr.Own}: the
     * ownership check turns it into a copy, or a move at the place's last use. Values held in
     * registers (Int, Float64, Bool) are simply copied.
     */
    TExpr owned(TExpr e, SourcePos pos) {
        if (e.type().repr() != Repr.OBJECT || e.type() == Types.WRITER) {
            return e;
        }
        if (e instanceof TExpr.Own) {
            return e;
        }
        if (e instanceof TExpr.Conditional c) {
            return new TExpr.Conditional(c.pos(), c.type(), c.condition(), owned(c.then(), pos), owned(c.otherwise(), pos));
        }
        if (isView(e) && e.type().needsDestroy()) {
            return new TExpr.Copy(e.pos(), e.type(), e); // a view of a value some container owns: the new owner gets a copy
        }
        if (e instanceof TExpr.RefTarget && e.type().needsDestroy()) {
            return new TExpr.Copy(e.pos(), e.type(), e); // a reference result is copied into its new owner
        }
        if (org.trufflemojo.typed.TExprs.isMemoryPlace(e) && (e.type() instanceof StructType || e.type().needsDestroy())) {
            // A value in native memory (a list element, a pointee): the new owner gets a copy (made by a struct's __copyinit__).
            if (!e.type().isCopyable()) {
                throw error(pos, "'" + e.type().name() + "' is not copyable because it has no '__copyinit__'");
            }
            return new TExpr.Copy(e.pos(), e.type(), e);
        }
        if (org.trufflemojo.typed.TExprs.isObjectElementPlace(e)) {
            // An element held by a list: the new owner gets its own copy.
            if (!e.type().isCopyable()) {
                throw error(pos, "'" + e.type().name() + "' is not copyable because it has no '__copyinit__'");
            }
            return e.type() instanceof StructType || e.type() instanceof ListType ? new TExpr.Copy(e.pos(), e.type(), e) : e;
        }
        if (isPlace(e)) {
            if (!e.type().isCopyable()) {
                throw error(pos, "'" + e.type().name() + "' is not copyable because it has no '__copyinit__'");
            }
            return new TExpr.Own(e.pos(), e.type(), e, false);
        }
        return e;
    }

    /**
     * An expression that is only borrowed. A place is used where it is; an rvalue that owns
     * something is kept in a hidden local so it is destroyed right after this use.
     */
    TExpr borrowedString(TExpr e, SourcePos pos) {
        return borrowed(coerce(e, Types.STRING, pos), pos);
    }

    TExpr borrowed(TExpr e, SourcePos pos) {
        if (e instanceof TExpr.Conditional c && e.type().needsDestroy() && function != null) {
            // One branch may be a place, the other an rvalue: own both, and destroy the result after use.
            e = new TExpr.Conditional(c.pos(), c.type(), c.condition(), owned(c.then(), pos), owned(c.otherwise(), pos));
            Local temp = newLocal("(temporary)", e.type(), pos);
            return new TExpr.Temp(e.pos(), e.type(), temp, e);
        }
        if (e instanceof TExpr.RefTarget) {
            return e; // a reference: its owner keeps it alive and destroys it
        }
        if (isView(e)) {
            return e; // a view of a value some container owns
        }
        if (e instanceof TExpr.Temp || isPlace(e) || !e.type().needsDestroy() || function == null || org.trufflemojo.typed.TExprs.isObjectElementPlace(e)
                        || org.trufflemojo.typed.TExprs.isMemoryPlace(e)) {
            return e;
        }
        Local temp = newLocal("(temporary)", e.type(), pos);
        return new TExpr.Temp(e.pos(), e.type(), temp, e);
    }

    /** {@code x^}: ends x's lifetime, moving its value out. A no-op for register types such as Int. */
    TExpr transfer(Expr.Transfer t) {
        TExpr v = expression(t.value(), null);
        if (v.type().repr() != Repr.OBJECT) {
            return v;
        }
        if (!isPlace(v)) {
            return v;
        }
        if (!v.type().isMovable()) {
            throw error(t.pos(), "'" + v.type().name() + "' is not movable because it has no '__moveinit__'");
        }
        return new TExpr.Own(t.pos(), v.type(), v, true);
    }

    TExpr attribute(Expr.Attribute a) {
        if (a.target() instanceof Expr.Name mn && lookupGlobalOrLocal(mn.name()) instanceof ModuleNamespace ns) {
            if (ns.members().get(a.name()) instanceof TExpr.Const c) {
                return new TExpr.Const(a.pos(), c.type(), c.value());
            }
            throw error(a.pos(), "module '" + ns.name() + "' has no value '" + a.name() + "'");
        }
        if (a.target() instanceof Expr.Name sn && lookupGlobalOrLocal(sn.name()) instanceof StructType st && st.aliases.containsKey(a.name())) {
            Object v = st.aliases.get(a.name());
            if (v instanceof TExpr.Const c) {
                return new TExpr.Const(a.pos(), c.type(), c.value());
            }
            throw error(a.pos(), "'" + st.name() + "." + a.name() + "' is a type, not a value");
        }
        if (a.target() instanceof Expr.Name tn && lookupGlobalOrLocal(tn.name()) instanceof Type t && !(t instanceof StructType)) {
            TExpr.Const limit = typeConstant(t, a.name(), a.pos());
            if (limit != null) {
                return limit;
            }
        }
        TExpr object = expression(a.target(), null);
        if (object.type() instanceof TupleType tt && tt.elements.size() == 2 && (a.name().equals("key") || a.name().equals("value"))) {
            int k = a.name().equals("key") ? 0 : 1; // a Dict entry from items()
            return new TExpr.TupleGet(a.pos(), tt.elements.get(k), borrowed(object, a.target().pos()), k);
        }
        if (object.type() instanceof ListType lt && a.name().equals("capacity")) {
            return listOp(a.pos(), Types.INT, TExpr.ListOpKind.CAPACITY, lt, borrowed(object, a.target().pos()));
        }
        StructType.Field field = field(object, a);
        return new TExpr.FieldRead(a.pos(), field.type(), borrowed(object, a.target().pos()), field);
    }

    /** {@code Int.MAX}, {@code Int.MIN}, {@code UInt.MAX}, {@code Float64.MAX}, ... */
    TExpr.Const typeConstant(Type t, String name, SourcePos pos) {
        Object v = null;
        if (t == Types.INT) {
            v = name.equals("MAX") ? (Object) Long.MAX_VALUE : name.equals("MIN") ? (Object) Long.MIN_VALUE : null;
        } else if (t == Types.UINT) {
            v = name.equals("MAX") ? (Object) (-1L) : name.equals("MIN") ? (Object) 0L : null;
        } else if (t == Types.FLOAT64) {
            v = name.equals("MAX") || name.equals("MAX_FINITE") ? (Object) Double.MAX_VALUE
                            : name.equals("MIN") || name.equals("MIN_FINITE") ? (Object) (-Double.MAX_VALUE) : null;
        } else if (t instanceof ScalarType s && !s.isFloat()) {
            long max = s.bits == 64 ? (s.kind == DType.Kind.SIGNED ? Long.MAX_VALUE : -1L)
                            : s.kind == DType.Kind.SIGNED ? (1L << (s.bits - 1)) - 1 : (1L << s.bits) - 1;
            long min = s.kind == DType.Kind.SIGNED ? (s.bits == 64 ? Long.MIN_VALUE : -(1L << (s.bits - 1))) : 0;
            v = name.equals("MAX") ? (Object) max : name.equals("MIN") ? (Object) min : null;
        }
        return v == null ? null : new TExpr.Const(pos, t, v);
    }

    StructType.Field field(TExpr object, Expr.Attribute a) {
        if (object.type() instanceof StructType st) {
            StructType.Field f = st.fields.get(a.name());
            if (f != null) {
                return f;
            }
            throw error(a.pos(), "'" + st.name() + "' has no field '" + a.name() + "'");
        }
        throw error(a.pos(), "'" + object.type().name() + "' has no attribute '" + a.name() + "'");
    }

    Type resolveType(Expr e) {
        java.util.Map<String, Type> params = new java.util.HashMap<>();
        if (function != null) {
            for (java.util.Map.Entry<String, Object> a : function.typeArgs.entrySet()) {
                if (a.getValue() instanceof Type t) {
                    params.put(a.getKey(), t);
                }
            }
        }
        return module.resolveType(e, params, function == null ? null : function.owner);
    }

    // ================================================================ conversions

    boolean implicitlyConvertible(TExpr v, Type target) {
        Type from = v.type();
        if (from == target) {
            return true;
        }
        if (target == Types.INT || target == Types.UINT) {
            return from == Types.INT_LITERAL;
        }
        if (target == Types.FLOAT64) {
            return from == Types.INT_LITERAL || from == Types.FLOAT_LITERAL || from == Types.INT || from == Types.UINT;
        }
        if (target == Types.STRING) {
            return from == Types.STRING_LITERAL;
        }
        if (target instanceof ScalarType s) {
            return from == Types.INT_LITERAL || from == Types.INT || (s.isFloat() && (from == Types.FLOAT_LITERAL || from == Types.FLOAT64));
        }
        if (target instanceof OptionalType ot) {
            return from == Types.NONE || from == ot.element || implicitlyConvertible(v, ot.element);
        }
        if (target instanceof StructType st) {
            for (Function init : st.methods("__init__")) {
                if (init.syntax != null && init.syntax.decorators().stream().anyMatch(d -> d.name().equals("implicit"))
                                && !init.params.isEmpty() && (init.params.get(0).type == from || (from != target
                                                && Types.isLiteral(from) && implicitlyConvertible(v, init.params.get(0).type)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Applies Mojo's implicit conversions, or reports that none exists. */
    TExpr coerce(TExpr v, Type target, SourcePos pos) {
        Type from = v.type();
        if (from == target || target == Types.ERROR || from == Types.ERROR) {
            return v;
        }
        if (v instanceof TExpr.Const c) {
            if (from == Types.INT_LITERAL) {
                BigInteger x = (BigInteger) c.value();
                if (target == Types.INT) {
                    if (x.bitLength() > 63) {
                        throw error(pos, "integer value " + x + " does not fit in 'Int'");
                    }
                    return new TExpr.Const(c.pos(), target, x.longValue());
                }
                if (target == Types.UINT) {
                    if (x.signum() < 0 || x.bitLength() > 64) {
                        throw error(pos, "integer value " + x + " does not fit in 'UInt'");
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
                return new TExpr.Const(c.pos(), s, s.normalize(s.isFloat() ? (Object) n.doubleValue() : (Object) n.longValue()));
            }
            if (from == Types.INT || (s.isFloat() && from == Types.FLOAT64)) {
                return new TExpr.Prim(v.pos(), s, PrimOp.TO_SCALAR, List.of(v));
            }
        }
        if (target instanceof OptionalType ot) {
            if (from == Types.NONE) {
                return new TExpr.Const(v.pos(), target, null);
            }
            return new TExpr.OptionalSome(v.pos(), target, owned(coerce(v, ot.element, pos), pos));
        }
        if (target instanceof StructType st && function != null) {
            TExpr converted = implicitConstruction(v, st, pos);
            if (converted != null) {
                return converted;
            }
        }
        if (target == Types.FLOAT64 && from == Types.UINT) {
            return new TExpr.Prim(v.pos(), target, PrimOp.UINT_TO_FLOAT, List.of(v));
        }
        throw error(pos, "cannot implicitly convert '" + describeType(v) + "' value to '" + target.name() + "'");
    }

    /** An {@code @implicit} constructor of st that takes v: {@code var x: Meters = 5} builds {@code Meters(5)}. */
    TExpr implicitConstruction(TExpr v, StructType st, SourcePos pos) {
        for (Function init : st.methods("__init__")) {
            if (init.syntax == null || init.syntax.decorators().stream().noneMatch(d -> d.name().equals("implicit"))) {
                continue;
            }
            long required = init.paramSyntax.stream().filter(p -> p.defaultValue() == null).count();
            if (init.params.isEmpty() || required > 1) {
                continue;
            }
            Type pt = init.params.get(0).type;
            if (v.type() == pt || implicitlyConvertible(v, pt)) {
                List<Expr.Arg> args = List.of(new Expr.Arg(pos, null, new Expr.Checked(v.pos(), v), false));
                return bindCall(pos, st.name(), init, null, args, true);
            }
        }
        return null;
    }

    static String describeType(TExpr v) {
        if (v instanceof TExpr.Const c && (c.type() == Types.INT_LITERAL || c.type() == Types.FLOAT_LITERAL)) {
            Object value = c.value();
            String text = value instanceof Double d ? org.trufflemojo.core.FloatFormat.format(d) : value.toString();
            return c.type().name() + "[" + text + "]";
        }
        return v.type().name();
    }

    CompileError error(SourcePos pos, String message) {
        diagnostics.error(pos, message);
        return new CompileError();
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
