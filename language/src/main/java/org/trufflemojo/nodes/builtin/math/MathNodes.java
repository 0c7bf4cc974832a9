package org.trufflemojo.nodes.builtin.math;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.expression.BooleanExpressionNode;
import org.trufflemojo.nodes.expression.DoubleExpressionNode;

/** The intrinsics of {@code math} (and the builtin {@code round}) that are not arithmetic primitives. */
public final class MathNodes {
    private MathNodes() {
    }

    @NodeChild(value = "x", type = MojoExpressionNode.class)
    public abstract static class IsNan extends BooleanExpressionNode {
        @Specialization
        protected boolean isNan(double x) {
            return Double.isNaN(x);
        }
    }

    @NodeChild(value = "x", type = MojoExpressionNode.class)
    public abstract static class IsInf extends BooleanExpressionNode {
        @Specialization
        protected boolean isInf(double x) {
            return Double.isInfinite(x);
        }
    }

    @NodeChild(value = "x", type = MojoExpressionNode.class)
    public abstract static class IsFinite extends BooleanExpressionNode {
        @Specialization
        protected boolean isFinite(double x) {
            return Double.isFinite(x);
        }
    }

    @NodeChild(value = "x", type = MojoExpressionNode.class)
    public abstract static class Log2 extends DoubleExpressionNode {
        @Specialization
        protected double log2(double x) {
            return Math.log(x) / Math.log(2);
        }
    }

    @NodeChild(value = "x", type = MojoExpressionNode.class)
    public abstract static class Log10 extends DoubleExpressionNode {
        @Specialization
        protected double log10(double x) {
            return Math.log10(x);
        }
    }

    @NodeChild(value = "x", type = MojoExpressionNode.class)
    public abstract static class Atan extends DoubleExpressionNode {
        @Specialization
        protected double atan(double x) {
            return Math.atan(x);
        }
    }

    @NodeChild(value = "x", type = MojoExpressionNode.class)
    public abstract static class Exp2 extends DoubleExpressionNode {
        @Specialization
        protected double exp2(double x) {
            return Math.pow(2, x);
        }
    }

    /** Mojo rounds to the nearest integer with ties away from zero (as C's round). */
    @NodeChild(value = "x", type = MojoExpressionNode.class)
    public abstract static class Round extends DoubleExpressionNode {
        @Specialization
        protected double round(double x) {
            return Math.rint(x); // halfway cases to the even neighbour, as Mojo's round
        }
    }
}
