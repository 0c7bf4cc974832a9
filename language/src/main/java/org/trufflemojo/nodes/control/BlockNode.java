package org.trufflemojo.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.trufflemojo.nodes.MojoStatementNode;

/** A sequence of statements. */
public final class BlockNode extends MojoStatementNode {
    @Children private final MojoStatementNode[] statements;

    public BlockNode(MojoStatementNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (MojoStatementNode s : statements) {
            s.executeVoid(frame);
        }
    }

    @Override
    @ExplodeLoop
    public Object runAsTail(VirtualFrame frame) {
        int last = statements.length - 1;
        for (int i = 0; i < last; i++) {
            statements[i].executeVoid(frame);
        }
        return last < 0 ? null : statements[last].runAsTail(frame);
    }
}
