package org.trufflemojo.nodes.builtin.time;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.builtin.MojoNone;
import org.trufflemojo.nodes.expression.DoubleExpressionNode;
import org.trufflemojo.nodes.expression.LongExpressionNode;

/** The intrinsics of {@code time}: a monotonic clock, and sleeping. */
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

    /** {@code time.sleep(seconds)}: the thread waits; an interrupt (Context.interrupt, close) ends the wait early. */
    @NodeChild(value = "seconds", type = MojoExpressionNode.class)
    public abstract static class Sleep extends MojoExpressionNode {
        @Specialization
        @TruffleBoundary
        protected Object sleep(double seconds) {
            if (seconds > 0) {
                try {
                    Thread.sleep((long) (seconds * 1000), (int) ((seconds * 1e9) % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return MojoNone.INSTANCE;
        }
    }
}
