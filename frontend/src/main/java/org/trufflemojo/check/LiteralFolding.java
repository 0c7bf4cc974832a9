package org.trufflemojo.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.trufflemojo.core.Intrinsic;
import org.trufflemojo.source.SourcePos;
import org.trufflemojo.syntax.Expr;
import org.trufflemojo.typed.TExpr;
import org.trufflemojo.typed.types.Types;

/** Compile-time arithmetic on literals: IntLiteral is arbitrary precision, as in Mojo. */
final class LiteralFolding {
    private LiteralFolding() {
    }

    /** A library function on IntLiterals ({@code ceildiv(1, 7)}): its value, computed now. */
    static TExpr foldIntrinsic(SourcePos pos, Intrinsic intrinsic, List<TExpr> args, FunctionContext ctx) {
        List<BigInteger> values = new ArrayList<>();
        for (TExpr arg : args) {
            if (!(arg instanceof TExpr.Const c && c.type() == Types.INT_LITERAL)) {
                throw ctx.error(arg.pos(), "expected a compile-time IntLiteral value");
            }
            values.add((BigInteger) c.value());
        }
        return switch (intrinsic) {
            case LITERAL_CEILDIV -> {
                if (values.get(1).signum() == 0) {
                    throw ctx.error(pos, "division by zero in 'ceildiv'");
                }
                yield new TExpr.Const(pos, Types.INT_LITERAL, floorDiv(values.get(0), values.get(1).negate()).negate());
            }
            default -> throw new IllegalArgumentException(intrinsic + " is not an IntLiteral function");
        };
    }

    /** Returns the folded constant, or null when the operation is not folded (left to run time). */
    static TExpr fold(SourcePos pos, Expr.BinOp op, TExpr.Const l, TExpr.Const r) {
        if (l.type() == Types.INT_LITERAL && r.type() == Types.INT_LITERAL) {
            BigInteger a = (BigInteger) l.value();
            BigInteger b = (BigInteger) r.value();
            BigInteger v = switch (op) {
                case ADD -> a.add(b);
                case SUB -> a.subtract(b);
                case MUL -> a.multiply(b);
                case FLOORDIV -> b.signum() == 0 ? null : floorDiv(a, b);
                case MOD -> b.signum() == 0 ? null : a.subtract(floorDiv(a, b).multiply(b));
                case POW -> b.signum() < 0 || b.bitLength() > 16 ? null : a.pow(b.intValue());
                case AND -> a.and(b);
                case OR -> a.or(b);
                case XOR -> a.xor(b);
                case LSHIFT -> b.signum() < 0 || b.bitLength() > 16 ? null : a.shiftLeft(b.intValue());
                case RSHIFT -> b.signum() < 0 || b.bitLength() > 16 ? null : a.shiftRight(b.intValue());
                default -> null;
            };
            if (v != null) {
                return new TExpr.Const(pos, Types.INT_LITERAL, v);
            }
            if (op == Expr.BinOp.DIV && b.signum() != 0) {
                return new TExpr.Const(pos, Types.FLOAT_LITERAL, a.doubleValue() / b.doubleValue());
            }
            return null;
        }
        if (Types.isNumeric(l.type()) && Types.isNumeric(r.type()) && l.type() != Types.STRING_LITERAL) {
            double a = toDouble(l);
            double b = toDouble(r);
            Double v = switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> a / b;
                case POW -> Math.pow(a, b);
                case FLOORDIV -> Math.floor(a / b);
                case MOD -> a - Math.floor(a / b) * b;
                default -> null;
            };
            return v == null ? null : new TExpr.Const(pos, Types.FLOAT_LITERAL, v);
        }
        if (l.type() == Types.STRING_LITERAL && r.type() == Types.STRING_LITERAL && op == Expr.BinOp.ADD) {
            return new TExpr.Const(pos, Types.STRING_LITERAL, (String) l.value() + r.value());
        }
        return null;
    }

    private static double toDouble(TExpr.Const c) {
        return c.value() instanceof BigInteger b ? b.doubleValue() : (Double) c.value();
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }
}
