package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;

/** An expression of type Float64: produces a primitive double. */
public abstract class DoubleExpressionNode extends MojoExpressionNode {
    @Override
    public abstract double executeDouble(VirtualFrame frame);

    @Override
    public final Object executeGeneric(VirtualFrame frame) {
        return executeDouble(frame);
    }

    @Override
    public final long executeLong(VirtualFrame frame) {
        throw CompilerDirectives.shouldNotReachHere("Float64 expression read as Int");
    }

    @Override
    public final boolean executeBoolean(VirtualFrame frame) {
        throw CompilerDirectives.shouldNotReachHere("Float64 expression read as Bool");
    }
}
