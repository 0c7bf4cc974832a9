package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.typed.types.ScalarType;
import org.trufflemojo.typed.types.Types;
import org.trufflemojo.typed.types.VectorType;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.core.FloatFormat;
import org.trufflemojo.runtime.MojoError;
import org.trufflemojo.syntax.Expr;

/**
 * SIMD vectors: a long[] (integer lanes, each normalized to the element width) or a double[]
 * (float lanes, rounded to the element precision). Arithmetic works lane by lane.
 */
public final class VectorNode extends OperandsNode {
    private final String op;
    private final String detail;
    private final VectorType type;

    public VectorNode(String op, String detail, VectorType type, MojoExpressionNode[] operands) {
        super(operands);
        this.op = op;
        this.detail = detail;
        this.type = type;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] v = evaluateOperands(frame);
        return switch (op) {
            case "new" -> make(v);
            case "get" -> get(v[0], lane(v[1]));
            case "set" -> {
                set(v[0], lane(v[1]), v[2]);
                yield null;
            }
            case "binary" -> binary(v[0], v[1]);
            case "reduce" -> reduce(v[0]);
            default -> throw CompilerDirectives.shouldNotReachHere(op);
        };
    }

    private int lane(Object index) {
        long i = (long) index;
        long k = i < 0 ? i + type.width : i;
        if (k < 0 || k >= type.width) {
            throw new MojoError("index " + i + " out of range for " + type.name(), this);
        }
        return (int) k;
    }

    @TruffleBoundary
    private Object make(Object[] values) {
        if (type.isFloat()) {
            double[] d = new double[type.width];
            for (int i = 0; i < d.length; i++) {
                d[i] = (double) values[values.length == 1 ? 0 : i];
            }
            return d;
        }
        long[] l = new long[type.width];
        for (int i = 0; i < l.length; i++) {
            l[i] = (long) values[values.length == 1 ? 0 : i];
        }
        return l;
    }

    private Object get(Object vector, int i) {
        return type.isFloat() ? (Object) ((double[]) vector)[i] : (Object) ((long[]) vector)[i];
    }

    private void set(Object vector, int i, Object value) {
        if (type.isFloat()) {
            ((double[]) vector)[i] = (double) value;
        } else {
            ((long[]) vector)[i] = (long) value;
        }
    }

    @TruffleBoundary
    private Object binary(Object a, Object b) {
        Expr.BinOp bop = Expr.BinOp.valueOf(detail);
        if (type.isFloat()) {
            double[] x = (double[]) a;
            double[] y = (double[]) b;
            double[] r = new double[x.length];
            for (int i = 0; i < r.length; i++) {
                double v = switch (bop) {
                    case ADD -> x[i] + y[i];
                    case SUB -> x[i] - y[i];
                    case MUL -> x[i] * y[i];
                    case DIV -> x[i] / y[i];
                    case FLOORDIV -> Math.floor(x[i] / y[i]);
                    case MOD -> x[i] - Math.floor(x[i] / y[i]) * y[i];
                    case POW -> Math.pow(x[i], y[i]);
                    default -> throw new MojoError("unsupported SIMD operator " + bop.symbol, this);
                };
                r[i] = roundFloat(v);
            }
            return r;
        }
        long[] x = (long[]) a;
        long[] y = (long[]) b;
        long[] r = new long[x.length];
        for (int i = 0; i < r.length; i++) {
            long v = switch (bop) {
                case ADD -> x[i] + y[i];
                case SUB -> x[i] - y[i];
                case MUL -> x[i] * y[i];
                case FLOORDIV, DIV -> divide(x[i], y[i], true);
                case MOD -> divide(x[i], y[i], false);
                case AND -> x[i] & y[i];
                case OR -> x[i] | y[i];
                case XOR -> x[i] ^ y[i];
                case LSHIFT -> x[i] << y[i];
                case RSHIFT -> x[i] >> y[i];
                case POW -> (long) Math.pow(x[i], y[i]);
                default -> throw new MojoError("unsupported SIMD operator " + bop.symbol, this);
            };
            r[i] = normalize(v);
        }
        return r;
    }

    private long divide(long a, long b, boolean quotient) {
        if (b == 0) {
            throw new MojoError("division by zero", this);
        }
        return quotient ? Math.floorDiv(a, b) : Math.floorMod(a, b);
    }

    private double roundFloat(double v) {
        return type.element instanceof ScalarType s ? (double) s.normalize(v) : v;
    }

    private long normalize(long v) {
        return type.element instanceof ScalarType s ? (long) s.normalize(v) : v;
    }

    @TruffleBoundary
    private Object reduce(Object vector) {
        if (type.isFloat()) {
            double[] x = (double[]) vector;
            double acc = x[0];
            for (int i = 1; i < x.length; i++) {
                acc = switch (detail) {
                    case "reduce_add" -> acc + x[i];
                    case "reduce_mul" -> acc * x[i];
                    case "reduce_min" -> Math.min(acc, x[i]);
                    default -> Math.max(acc, x[i]);
                };
            }
            return roundFloat(acc);
        }
        long[] x = (long[]) vector;
        long acc = x[0];
        for (int i = 1; i < x.length; i++) {
            acc = switch (detail) {
                case "reduce_add" -> acc + x[i];
                case "reduce_mul" -> acc * x[i];
                case "reduce_min" -> Math.min(acc, x[i]);
                default -> Math.max(acc, x[i]);
            };
        }
        return normalize(acc);
    }

    /** {@code [1, 2, 3, 4]}, lanes written as their element type prints. */
    public static final class Text extends ToStringNode {
        @Child private MojoExpressionNode value;
        private final VectorType type;

        public Text(MojoExpressionNode value, VectorType type) {
            this.value = value;
            this.type = type;
        }

        @Override
        public String execute(VirtualFrame frame) {
            return text(value.executeGeneric(frame), type);
        }

        @TruffleBoundary
        private static String text(Object vector, VectorType type) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < type.width; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                if (type.isFloat()) {
                    double d = ((double[]) vector)[i];
                    sb.append(type.element == Types.FLOAT64 || !(type.element instanceof ScalarType s && s.bits < 64) ? FloatFormat.format(d)
                                    : FloatFormat.formatFloat((float) d));
                } else {
                    long l = ((long[]) vector)[i];
                    sb.append(type.element == ScalarType.UINT64 ? Long.toUnsignedString(l) : Long.toString(l));
                }
            }
            return sb.append(']').toString();
        }
    }

    /** A vector copy has its own lanes. */
    public static final class Copy extends LifecycleNodes.CopyValue {
        @Override
        public Object execute(Object value) {
            return value instanceof double[] d ? d.clone() : ((long[]) value).clone();
        }
    }
}
