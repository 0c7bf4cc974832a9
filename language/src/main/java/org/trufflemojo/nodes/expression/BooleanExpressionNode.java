package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;

/** An expression of type Bool: produces a primitive boolean. */
public abstract class BooleanExpressionNode extends MojoExpressionNode {
    @Override
    public abstract boolean executeBoolean(VirtualFrame frame);

    @Override
    public final Object executeGeneric(VirtualFrame frame) {
        return executeBoolean(frame);
    }

    @Override
    public final long executeLong(VirtualFrame frame) {
        throw CompilerDirectives.shouldNotReachHere("Bool expression read as Int");
    }

    @Override
    public final double executeDouble(VirtualFrame frame) {
        throw CompilerDirectives.shouldNotReachHere("Bool expression read as Float64");
    }
}
