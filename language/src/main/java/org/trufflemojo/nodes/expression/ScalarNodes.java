package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.runtime.StringOps;
import org.trufflemojo.core.DType;

/** Conversions to and from the fixed-width scalar types, and their text. */
public final class ScalarNodes {
    private ScalarNodes() {
    }

    /** A number as an integer type (Int, UInt or an integer scalar): truncated, then wrapped to the width. */
    public static final class ToInteger extends LongExpressionNode {
        @Child private MojoExpressionNode value;
        private final boolean fromFloat;
        private final boolean fromWide;
        private final int bits;
        private final boolean signed;

        public ToInteger(MojoExpressionNode value, DType from, DType to) {
            this.value = value;
            this.fromFloat = from.isFloat();
            this.fromWide = from.isWide();
            this.bits = to.bits;
            this.signed = to.isSigned();
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            long v = fromFloat ? (long) value.executeDouble(frame) : fromWide ? WideIntegerNodes.lowBits(value.executeGeneric(frame)) : value.executeLong(frame);
            if (bits == 64) {
                return v;
            }
            int shift = 64 - bits;
            return signed ? (v << shift) >> shift : (v << shift) >>> shift;
        }
    }

    /** A number as a float type (Float64 or a float scalar): converted, then rounded to the precision. */
    public static final class ToFloat extends DoubleExpressionNode {
        @Child private MojoExpressionNode value;
        private final boolean fromFloat;
        private final boolean fromWide;
        private final boolean fromUnsigned;
        private final int bits;
        private final DType to;

        public ToFloat(MojoExpressionNode value, DType from, DType to) {
            this.value = value;
            this.fromFloat = from.isFloat();
            this.fromWide = from.isWide();
            this.fromUnsigned = from.isUnsigned64();
            this.bits = to.bits;
            this.to = to;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            double d;
            if (fromFloat) {
                d = value.executeDouble(frame);
            } else if (fromWide) {
                d = WideIntegerNodes.toDouble(value.executeGeneric(frame));
            } else {
                long v = value.executeLong(frame);
                d = fromUnsigned && v < 0 ? (double) (v >>> 1) * 2.0 + (v & 1) : (double) v;
            }
            if (bits == 32) {
                return (float) d;
            }
            if (bits == 16) {
                return toHalf(d, to);
            }
            return d;
        }

        @TruffleBoundary
        private static double toHalf(double d, DType to) {
            return to.round(d);
        }
    }

    /** The text of a scalar: integers in decimal, floats in the shortest form that round-trips at their precision. */
    public static final class Text extends ToStringNode {
        @Child private MojoExpressionNode value;
        private final DType type;

        public Text(MojoExpressionNode value, DType type) {
            this.value = value;
            this.type = type;
        }

        @Override
        public String execute(VirtualFrame frame) {
            if (type.isFloat()) {
                return type.bits != 32 ? StringOps.fromDouble(value.executeDouble(frame)) : StringOps.fromFloat((float) value.executeDouble(frame)); // (a 16-bit float prints as the exact Float64 it is)
            }
            if (type.isWide()) {
                return WideIntegerNodes.text(value.executeGeneric(frame));
            }
            long v = value.executeLong(frame);
            return type.isUnsigned64() ? StringOps.fromUnsigned(v) : StringOps.fromLong(v);
        }
    }
}
