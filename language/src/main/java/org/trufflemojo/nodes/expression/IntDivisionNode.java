package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.runtime.MojoError;

/**
 * Int {@code //} and {@code %} with Mojo's flooring semantics (the remainder takes the divisor's
 * sign). Most programs divide non-negative numbers, where flooring equals truncation: that case
 * is its own specialization and compiles to a bare division.
 */
public final class IntDivisionNode {
    private IntDivisionNode() {
    }

    @NodeChild(value = "left", type = MojoExpressionNode.class)
    @NodeChild(value = "right", type = MojoExpressionNode.class)
    public abstract static class FloorDiv extends LongExpressionNode {
        @Specialization(guards = {"left >= 0", "right > 0"})
        protected long nonNegative(long left, long right) {
            return left / right;
        }

        @Specialization(replaces = "nonNegative")
        protected long floorDiv(long left, long right) {
            if (right == 0) {
                throw new MojoError("division by zero", this);
            }
            return Math.floorDiv(left, right);
        }
    }

    @NodeChild(value = "left", type = MojoExpressionNode.class)
    @NodeChild(value = "right", type = MojoExpressionNode.class)
    public abstract static class FloorMod extends LongExpressionNode {
        @Specialization(guards = {"left >= 0", "right > 0"})
        protected long nonNegative(long left, long right) {
            return left % right;
        }

        @Specialization(replaces = "nonNegative")
        protected long floorMod(long left, long right) {
            if (right == 0) {
                throw new MojoError("division by zero", this);
            }
            return Math.floorMod(left, right);
        }
    }

    /** UInt {@code //} and {@code %}: unsigned division. */
    @NodeChild(value = "left", type = MojoExpressionNode.class)
    @NodeChild(value = "right", type = MojoExpressionNode.class)
    public abstract static class UnsignedDiv extends LongExpressionNode {
        @Specialization
        protected long div(long left, long right) {
            if (right == 0) {
                throw new MojoError("division by zero", this);
            }
            return Long.divideUnsigned(left, right);
        }
    }

    @NodeChild(value = "left", type = MojoExpressionNode.class)
    @NodeChild(value = "right", type = MojoExpressionNode.class)
    public abstract static class UnsignedMod extends LongExpressionNode {
        @Specialization
        protected long mod(long left, long right) {
            if (right == 0) {
                throw new MojoError("division by zero", this);
            }
            return Long.remainderUnsigned(left, right);
        }
    }

    /** Int {@code **}: exponentiation by squaring, wrapping; a negative exponent gives 0 unless |base| is 1. */
    @NodeChild(value = "left", type = MojoExpressionNode.class)
    @NodeChild(value = "right", type = MojoExpressionNode.class)
    public abstract static class Pow extends LongExpressionNode {
        @Specialization
        protected long pow(long base, long exp) {
            if (exp < 0) {
                return base == 1 ? 1 : base == -1 ? ((exp & 1) == 0 ? 1 : -1) : 0;
            }
            long result = 1;
            long b = base;
            long e = exp;
            while (e != 0) {
                if ((e & 1) != 0) {
                    result *= b;
                }
                b *= b;
                e >>>= 1;
            }
            return result;
        }
    }
}
