package org.trufflemojo.nodes.builtin.bit;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.expression.LongExpressionNode;

/** The intrinsics of {@code bit} on a 64-bit Int: each one machine instruction after compilation. */
public final class BitNodes {
    private BitNodes() {
    }

    @NodeChild(value = "value", type = MojoExpressionNode.class)
    public abstract static class LeadingZeros extends LongExpressionNode {
        @Specialization
        protected long count(long value) {
            return Long.numberOfLeadingZeros(value);
        }
    }

    @NodeChild(value = "value", type = MojoExpressionNode.class)
    public abstract static class TrailingZeros extends LongExpressionNode {
        @Specialization
        protected long count(long value) {
            return Long.numberOfTrailingZeros(value);
        }
    }

    @NodeChild(value = "value", type = MojoExpressionNode.class)
    public abstract static class PopCount extends LongExpressionNode {
        @Specialization
        protected long count(long value) {
            return Long.bitCount(value);
        }
    }

    @NodeChild(value = "value", type = MojoExpressionNode.class)
    public abstract static class Reverse extends LongExpressionNode {
        @Specialization
        protected long reverse(long value) {
            return Long.reverse(value);
        }
    }

    @NodeChild(value = "value", type = MojoExpressionNode.class)
    public abstract static class ByteSwap extends LongExpressionNode {
        @Specialization
        protected long swap(long value) {
            return Long.reverseBytes(value);
        }
    }

    @NodeChild(value = "value", type = MojoExpressionNode.class)
    public abstract static class Not extends LongExpressionNode {
        @Specialization
        protected long not(long value) {
            return ~value;
        }
    }

    /** Rotates left; a negative distance rotates right. */
    @NodeChild(value = "value", type = MojoExpressionNode.class)
    @NodeChild(value = "distance", type = MojoExpressionNode.class)
    public abstract static class RotateLeft extends LongExpressionNode {
        @Specialization
        protected long rotate(long value, long distance) {
            return Long.rotateLeft(value, (int) distance);
        }
    }
}
