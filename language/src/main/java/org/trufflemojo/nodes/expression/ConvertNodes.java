package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;
import org.trufflemojo.core.PrimOp;

/** Conversions between the built-in types, grouped by the representation they produce. */
public final class ConvertNodes {
    private ConvertNodes() {
    }

    public static final class ToLong extends LongExpressionNode {
        private final PrimOp op;
        @Child private MojoExpressionNode value;

        public ToLong(PrimOp op, MojoExpressionNode value) {
            this.op = op;
            this.value = value;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return switch (op) {
                case FLOAT_TO_INT -> (long) value.executeDouble(frame);
                case INT_TO_UINT, UINT_TO_INT -> value.executeLong(frame);
                case BOOL_TO_INT -> value.executeBoolean(frame) ? 1 : 0;
                case STR_TO_INT -> StringOps.parseInt((NativeString) value.executeGeneric(frame), this);
                case STR_LEN -> ((NativeString) value.executeGeneric(frame)).length;
                default -> throw CompilerDirectives.shouldNotReachHere(op.name());
            };
        }
    }

    public static final class ToDouble extends DoubleExpressionNode {
        private final PrimOp op;
        @Child private MojoExpressionNode value;

        public ToDouble(PrimOp op, MojoExpressionNode value) {
            this.op = op;
            this.value = value;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return switch (op) {
                case INT_TO_FLOAT -> value.executeLong(frame);
                case UINT_TO_FLOAT -> unsignedToDouble(value.executeLong(frame));
                case BOOL_TO_FLOAT -> value.executeBoolean(frame) ? 1.0 : 0.0;
                case STR_TO_FLOAT -> StringOps.parseFloat((NativeString) value.executeGeneric(frame), this);
                default -> throw CompilerDirectives.shouldNotReachHere(op.name());
            };
        }

        private static double unsignedToDouble(long v) {
            double d = v & 0x7fffffffffffffffL;
            return v < 0 ? d + 0x1.0p63 : d;
        }
    }

    public static final class ToBoolean extends BooleanExpressionNode {
        private final PrimOp op;
        @Child private MojoExpressionNode value;

        public ToBoolean(PrimOp op, MojoExpressionNode value) {
            this.op = op;
            this.value = value;
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return switch (op) {
                case INT_TO_BOOL -> value.executeLong(frame) != 0;
                case FLOAT_TO_BOOL -> value.executeDouble(frame) != 0.0;
                case STR_TO_BOOL -> ((NativeString) value.executeGeneric(frame)).length > 0;
                default -> throw CompilerDirectives.shouldNotReachHere(op.name());
            };
        }
    }
}
