package org.trufflemojo.nodes.builtin.random;

import java.util.Random;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.expression.DoubleExpressionNode;
import org.trufflemojo.nodes.expression.LongExpressionNode;

/** The intrinsics of {@code random}: one generator per process, seeded from the clock unless seeded. */
public final class RandomNodes {
    private RandomNodes() {
    }

    private static Random random = new Random();

    @NodeChild(value = "min", type = MojoExpressionNode.class)
    @NodeChild(value = "max", type = MojoExpressionNode.class)
    public abstract static class Float64 extends DoubleExpressionNode {
        @Specialization
        @TruffleBoundary
        protected double between(double min, double max) {
            return min + random.nextDouble() * (max - min);
        }
    }

    @NodeChild(value = "min", type = MojoExpressionNode.class)
    @NodeChild(value = "max", type = MojoExpressionNode.class)
    public abstract static class SInt64 extends LongExpressionNode {
        @Specialization
        @TruffleBoundary
        protected long between(long min, long max) {
            return min + (long) (random.nextDouble() * (max - min + 1));
        }
    }

    @NodeChild(value = "seed", type = MojoExpressionNode.class)
    public abstract static class Seed extends MojoExpressionNode {
        @Specialization
        protected Object seed(long seed) {
            reseed(seed);
            return null;
        }
    }

    public static final class SeedFromClock extends MojoExpressionNode {
        @Override
        public Object executeGeneric(VirtualFrame frame) {
            reseed(System.nanoTime());
            return null;
        }
    }

    @TruffleBoundary
    private static void reseed(long seed) {
        random = new Random(seed);
    }
}
