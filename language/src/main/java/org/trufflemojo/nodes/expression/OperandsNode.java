package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.trufflemojo.nodes.MojoExpressionNode;

/**
 * Base of library operations (string methods, dict operations, standard-module functions) that
 * evaluate all their operands, then compute a result out of line. The typed execute methods unbox
 * that result.
 */
public abstract class OperandsNode extends MojoExpressionNode {
    @Children private final MojoExpressionNode[] operands;

    protected OperandsNode(MojoExpressionNode[] operands) {
        this.operands = operands;
    }

    @ExplodeLoop
    protected final Object[] evaluateOperands(VirtualFrame frame) {
        Object[] values = new Object[operands.length];
        for (int i = 0; i < operands.length; i++) {
            values[i] = operands[i].executeGeneric(frame);
        }
        return values;
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return (long) executeGeneric(frame);
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return (double) executeGeneric(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return (boolean) executeGeneric(frame);
    }
}
