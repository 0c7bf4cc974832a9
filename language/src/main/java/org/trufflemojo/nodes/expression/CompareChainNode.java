package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.core.PrimOp;

/** {@code a < b < c}: every operand evaluated at most once, stopping at the first false comparison. */
public final class CompareChainNode extends BooleanExpressionNode {
    @Children private final MojoExpressionNode[] operands;
    @CompilationFinal(dimensions = 1) private final PrimOp[] ops;

    public CompareChainNode(MojoExpressionNode[] operands, PrimOp[] ops) {
        this.operands = operands;
        this.ops = ops;
    }

    @Override
    @ExplodeLoop
    public boolean executeBoolean(VirtualFrame frame) {
        Object left = operands[0].executeGeneric(frame);
        for (int i = 0; i < ops.length; i++) {
            Object right = operands[i + 1].executeGeneric(frame);
            if (!CompareNode.compare(ops[i], left, right)) {
                return false;
            }
            left = right;
        }
        return true;
    }
}
