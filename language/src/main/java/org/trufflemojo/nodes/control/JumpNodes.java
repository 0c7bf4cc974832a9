package org.trufflemojo.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;

/** {@code break}, {@code continue} and {@code return}. */
public final class JumpNodes {
    private JumpNodes() {
    }

    public static final class Break extends MojoStatementNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            throw BreakException.INSTANCE;
        }
    }

    public static final class Continue extends MojoStatementNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            throw ContinueException.INSTANCE;
        }
    }

    /** {@code return value}: computes the value, runs the destroys placed before the jump, returns. */
    public static final class Return extends MojoStatementNode {
        @Child private MojoExpressionNode value;
        @Child private MojoStatementNode beforeJump;

        public Return(MojoExpressionNode value, MojoStatementNode beforeJump) {
            this.value = value;
            this.beforeJump = beforeJump;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            throw new ReturnException(runAsTail(frame));
        }

        /** The value returned, with the destroys before the jump done: the function's end needs no jump. */
        @Override
        public Object runAsTail(VirtualFrame frame) {
            Object result = value == null ? null : value.executeGeneric(frame);
            if (beforeJump != null) {
                beforeJump.executeVoid(frame);
            }
            return result;
        }
    }
}
