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

    public static final class Return extends MojoStatementNode {
        @Child private MojoExpressionNode value;

        public Return(MojoExpressionNode value) {
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            throw new ReturnException(value == null ? null : value.executeGeneric(frame));
        }
    }
}
