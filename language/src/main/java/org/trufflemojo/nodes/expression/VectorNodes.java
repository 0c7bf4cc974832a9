package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.trufflemojo.core.DType;
import org.trufflemojo.core.FloatFormat;
import org.trufflemojo.core.LaneOp;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.runtime.MojoError;

/**
 * SIMD vectors: a long[] (integer lanes, each wrapped to the element width) or a double[] (float
 * lanes, rounded to the element precision). The width and the lane arithmetic are constants of each
 * node, so compiled code unrolls the lanes and folds the operation (no call per lane).
 */
public final class VectorNodes {
    private VectorNodes() {
    }

    /** {@code SIMD[dtype, width](a, b, ...)}, or one value filled into every lane. */
    public static final class New extends OperandsNode {
        private final DType dtype;
        private final int width;

        public New(DType dtype, int width, MojoExpressionNode[] values) {
            super(values);
            this.dtype = dtype;
            this.width = width;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            Object[] values = evaluateOperands(frame);
            boolean fill = values.length == 1;
            if (dtype.isFloat()) {
                double[] d = new double[width];
                for (int i = 0; i < width; i++) {
                    d[i] = (double) values[fill ? 0 : i];
                }
                return d;
            }
            long[] l = new long[width];
            if (dtype == DType.BOOL) {
                for (int i = 0; i < width; i++) {
                    l[i] = (boolean) values[fill ? 0 : i] ? 1 : 0;
                }
                return l;
            }
            for (int i = 0; i < width; i++) {
                l[i] = (long) values[fill ? 0 : i];
            }
            return l;
        }
    }

    static int lane(long index, int width, MojoExpressionNode location, DType dtype) {
        long k = index < 0 ? index + width : index;
        if (k < 0 || k >= width) {
            throw new MojoError("index " + index + " out of range for SIMD[DType." + dtype.mojoName + ", " + width + "]", location);
        }
        return (int) k;
    }

    /** {@code v[i]}. */
    public static final class Get extends MojoExpressionNode {
        @Child private MojoExpressionNode vector;
        @Child private MojoExpressionNode index;
        private final DType dtype;
        private final int width;

        public Get(DType dtype, int width, MojoExpressionNode vector, MojoExpressionNode index) {
            this.vector = vector;
            this.index = index;
            this.dtype = dtype;
            this.width = width;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return dtype.isFloat() ? (Object) executeDouble(frame) : dtype == DType.BOOL ? (Object) executeBoolean(frame) : (Object) executeLong(frame);
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            long[] v = (long[]) vector.executeGeneric(frame);
            return v[lane(index.executeLong(frame), width, this, dtype)];
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return executeLong(frame) != 0;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            double[] v = (double[]) vector.executeGeneric(frame);
            return v[lane(index.executeLong(frame), width, this, dtype)];
        }
    }

    /** {@code v[i] = x}. */
    public static final class Set extends MojoExpressionNode {
        @Child private MojoExpressionNode vector;
        @Child private MojoExpressionNode index;
        @Child private MojoExpressionNode value;
        private final DType dtype;
        private final int width;

        public Set(DType dtype, int width, MojoExpressionNode vector, MojoExpressionNode index, MojoExpressionNode value) {
            this.vector = vector;
            this.index = index;
            this.value = value;
            this.dtype = dtype;
            this.width = width;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = vector.executeGeneric(frame);
            int i = lane(index.executeLong(frame), width, this, dtype);
            if (dtype.isFloat()) {
                ((double[]) v)[i] = value.executeDouble(frame);
            } else if (dtype == DType.BOOL) {
                ((long[]) v)[i] = value.executeBoolean(frame) ? 1 : 0;
            } else {
                ((long[]) v)[i] = value.executeLong(frame);
            }
            return null;
        }
    }

    /** {@code v op w}, lane by lane. */
    public static final class Binary extends MojoExpressionNode {
        @Child private MojoExpressionNode left;
        @Child private MojoExpressionNode right;
        private final DType dtype;
        private final int width;
        private final LaneOp op;

        public Binary(DType dtype, int width, LaneOp op, MojoExpressionNode left, MojoExpressionNode right) {
            this.left = left;
            this.right = right;
            this.dtype = dtype;
            this.width = width;
            this.op = op;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            Object a = left.executeGeneric(frame);
            Object b = right.executeGeneric(frame);
            if (dtype.isFloat()) {
                double[] x = (double[]) a;
                double[] y = (double[]) b;
                double[] r = new double[width];
                for (int i = 0; i < width; i++) {
                    r[i] = dtype.round(floatLane(op, x[i], y[i]));
                }
                return r;
            }
            long[] x = (long[]) a;
            long[] y = (long[]) b;
            long[] r = new long[width];
            for (int i = 0; i < width; i++) {
                r[i] = dtype.wrap(intLane(op, x[i], y[i], this));
            }
            return r;
        }
    }

    /** {@code v.reduce_add()} and the like: the lanes folded with one operation. */
    public static final class Reduce extends MojoExpressionNode {
        @Child private MojoExpressionNode vector;
        private final DType dtype;
        private final int width;
        private final LaneOp op;

        public Reduce(DType dtype, int width, LaneOp op, MojoExpressionNode vector) {
            this.vector = vector;
            this.dtype = dtype;
            this.width = width;
            this.op = op;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return dtype.isFloat() ? (Object) executeDouble(frame) : dtype == DType.BOOL ? (Object) executeBoolean(frame) : (Object) executeLong(frame);
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return executeLong(frame) != 0;
        }

        @Override
        @ExplodeLoop
        public long executeLong(VirtualFrame frame) {
            long[] x = (long[]) vector.executeGeneric(frame);
            long acc = x[0];
            for (int i = 1; i < width; i++) {
                acc = intLane(op, acc, x[i], this);
            }
            return dtype.wrap(acc);
        }

        @Override
        @ExplodeLoop
        public double executeDouble(VirtualFrame frame) {
            double[] x = (double[]) vector.executeGeneric(frame);
            double acc = x[0];
            for (int i = 1; i < width; i++) {
                acc = floatLane(op, acc, x[i]);
            }
            return dtype.round(acc);
        }
    }

    /** {@code v < w} and the other comparisons, lane by lane: a bool vector (lanes 0 and 1). */
    public static final class Compare extends MojoExpressionNode {
        @Child private MojoExpressionNode left;
        @Child private MojoExpressionNode right;
        private final DType dtype;
        private final int width;
        private final LaneOp op;

        public Compare(DType dtype, int width, LaneOp op, MojoExpressionNode left, MojoExpressionNode right) {
            this.left = left;
            this.right = right;
            this.dtype = dtype;
            this.width = width;
            this.op = op;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            Object a = left.executeGeneric(frame);
            Object b = right.executeGeneric(frame);
            long[] r = new long[width];
            if (dtype.isFloat()) {
                double[] x = (double[]) a;
                double[] y = (double[]) b;
                for (int i = 0; i < width; i++) {
                    r[i] = compareFloat(op, x[i], y[i]) ? 1 : 0;
                }
                return r;
            }
            long[] x = (long[]) a;
            long[] y = (long[]) b;
            boolean unsigned = dtype.isUnsigned64();
            for (int i = 0; i < width; i++) {
                int c = unsigned ? Long.compareUnsigned(x[i], y[i]) : Long.compare(x[i], y[i]);
                r[i] = compareResult(op, c) ? 1 : 0;
            }
            return r;
        }
    }

    static boolean compareFloat(LaneOp op, double x, double y) {
        return switch (op) {
            case EQ -> x == y;
            case NE -> x != y;
            case LT -> x < y;
            case LE -> x <= y;
            case GT -> x > y;
            case GE -> x >= y;
            default -> throw new IllegalStateException("not a comparison: " + op);
        };
    }

    static boolean compareResult(LaneOp op, int c) {
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> throw new IllegalStateException("not a comparison: " + op);
        };
    }

    static double floatLane(LaneOp op, double x, double y) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
            case FLOORDIV -> Math.floor(x / y);
            case MOD -> x - Math.floor(x / y) * y;
            case POW -> Math.pow(x, y);
            case MIN -> Math.min(x, y);
            case MAX -> Math.max(x, y);
            case AND, OR, XOR, SHL, SHR, EQ, NE, LT, LE, GT, GE -> throw new IllegalStateException("rejected by the checker: " + op + " on floats");
        };
    }

    static long intLane(LaneOp op, long x, long y, MojoExpressionNode location) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case FLOORDIV, DIV -> Math.floorDiv(x, nonZero(y, location));
            case MOD -> Math.floorMod(x, nonZero(y, location));
            case AND -> x & y;
            case OR -> x | y;
            case XOR -> x ^ y;
            case SHL -> x << y;
            case SHR -> x >> y;
            case POW -> intPow(x, y);
            case MIN -> Math.min(x, y);
            case MAX -> Math.max(x, y);
            case EQ, NE, LT, LE, GT, GE -> throw new IllegalStateException("a comparison is a Compare node: " + op);
        };
    }

    /** x ** y by squaring, wrapping as the lane width does (a negative exponent: 0 unless x is 1 or -1). */
    static long intPow(long x, long y) {
        if (y < 0) {
            return x == 1 ? 1 : x == -1 ? ((y & 1) == 0 ? 1 : -1) : 0;
        }
        long result = 1;
        long base = x;
        long e = y;
        while (e != 0) {
            if ((e & 1) != 0) {
                result *= base;
            }
            base *= base;
            e >>>= 1;
        }
        return result;
    }

    private static long nonZero(long divisor, MojoExpressionNode location) {
        if (divisor == 0) {
            throw new MojoError("division by zero", location);
        }
        return divisor;
    }

    /** {@code [1, 2, 3, 4]}, lanes written as their element type prints. */
    public static final class Text extends ToStringNode {
        @Child private MojoExpressionNode value;
        private final DType dtype;
        private final int width;

        public Text(MojoExpressionNode value, DType dtype, int width) {
            this.value = value;
            this.dtype = dtype;
            this.width = width;
        }

        @Override
        public String execute(VirtualFrame frame) {
            return text(value.executeGeneric(frame), dtype, width);
        }

        @TruffleBoundary
        private static String text(Object vector, DType dtype, int width) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < width; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                if (dtype.isFloat()) {
                    double d = ((double[]) vector)[i];
                    sb.append(dtype.bits == 32 ? FloatFormat.formatFloat((float) d) : FloatFormat.format(d)); // (a 16-bit float prints as the exact Float64 it is)
                } else if (dtype == DType.BOOL) {
                    sb.append(((long[]) vector)[i] != 0 ? "True" : "False");
                } else {
                    long l = ((long[]) vector)[i];
                    sb.append(dtype.isUnsigned64() ? Long.toUnsignedString(l) : Long.toString(l));
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
