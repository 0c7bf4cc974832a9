package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;

/** An expression of type Int or UInt: produces a primitive long. */
public abstract class LongExpressionNode extends MojoExpressionNode {
    @Override
    public abstract long executeLong(VirtualFrame frame);

    @Override
    public final Object executeGeneric(VirtualFrame frame) {
        return executeLong(frame);
    }

    @Override
    public final double executeDouble(VirtualFrame frame) {
        throw CompilerDirectives.shouldNotReachHere("Int expression read as Float64");
    }

    @Override
    public final boolean executeBoolean(VirtualFrame frame) {
        throw CompilerDirectives.shouldNotReachHere("Int expression read as Bool");
    }
}
