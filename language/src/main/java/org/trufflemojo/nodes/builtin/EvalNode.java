package org.trufflemojo.nodes.builtin;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;

/** An expression evaluated for its effect; its value is discarded. */
public final class EvalNode extends MojoStatementNode {
    @Child private MojoExpressionNode expression;

    public EvalNode(MojoExpressionNode expression) {
        this.expression = expression;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        expression.executeGeneric(frame);
    }
}
