package org.trufflemojo.nodes.builtin.time;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.expression.DoubleExpressionNode;
import org.trufflemojo.nodes.expression.LongExpressionNode;

/** The intrinsics of {@code time}: a monotonic clock. */
public final class ClockNodes {
    private ClockNodes() {
    }

    public static final class PerfCounterNs extends LongExpressionNode {
        @Override
        public long executeLong(VirtualFrame frame) {
            return System.nanoTime();
        }
    }

    public static final class PerfCounter extends DoubleExpressionNode {
        @Override
        public double executeDouble(VirtualFrame frame) {
            return System.nanoTime() / 1e9;
        }
    }
}
