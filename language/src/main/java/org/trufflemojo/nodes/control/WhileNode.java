package org.trufflemojo.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;

/** {@code while cond: body else: otherwise}, as a Truffle LoopNode so long loops get OSR-compiled. */
public final class WhileNode extends MojoStatementNode {
    @Child private LoopNode loop;
    @Child private MojoStatementNode otherwise;

    public WhileNode(MojoExpressionNode condition, MojoStatementNode body, MojoStatementNode otherwise) {
        this.loop = Truffle.getRuntime().createLoopNode(new Repeating(condition, body));
        this.otherwise = otherwise;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result = loop.execute(frame);
        if (result != LoopBodyNode.BROKEN && otherwise != null) {
            otherwise.executeVoid(frame);
        }
    }

    static final class Repeating extends Node implements RepeatingNode {
        @Child private MojoExpressionNode condition;
        @Child private LoopBodyNode body;

        Repeating(MojoExpressionNode condition, MojoStatementNode body) {
            this.condition = condition;
            this.body = new LoopBodyNode(body);
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (!condition.executeBoolean(frame)) {
                return BREAK_LOOP_STATUS;
            }
            return body.execute(frame);
        }
    }
}
