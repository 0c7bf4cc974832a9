package org.trufflemojo.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;

/** {@code while cond: body else: otherwise}. */
public final class WhileNode extends MojoStatementNode {
    @Child private LoopShell loop;

    public WhileNode(MojoExpressionNode condition, MojoStatementNode body, MojoStatementNode otherwise) {
        this.loop = new LoopShell(new Iteration(condition, body), otherwise);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        loop.execute(frame);
    }

    private static final class Iteration extends LoopShell.Iteration {
        @Child private MojoExpressionNode condition;

        Iteration(MojoExpressionNode condition, MojoStatementNode body) {
            super(body);
            this.condition = condition;
        }

        @Override
        protected boolean advance(VirtualFrame frame) {
            return condition.executeBoolean(frame);
        }
    }
}
