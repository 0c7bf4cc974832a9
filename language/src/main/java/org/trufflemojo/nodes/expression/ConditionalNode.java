package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import org.trufflemojo.nodes.MojoExpressionNode;

/** {@code then if condition else otherwise}; passes the typed execute method through to the chosen branch. */
public final class ConditionalNode extends MojoExpressionNode {
    @Child private MojoExpressionNode condition;
    @Child private MojoExpressionNode then;
    @Child private MojoExpressionNode otherwise;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public ConditionalNode(MojoExpressionNode condition, MojoExpressionNode then, MojoExpressionNode otherwise) {
        this.condition = condition;
        this.then = then;
        this.otherwise = otherwise;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        // Each branch is called through its own field so partial evaluation sees a constant receiver.
        if (profile.profile(condition.executeBoolean(frame))) {
            return then.executeGeneric(frame);
        }
        return otherwise.executeGeneric(frame);
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        if (profile.profile(condition.executeBoolean(frame))) {
            return then.executeLong(frame);
        }
        return otherwise.executeLong(frame);
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        if (profile.profile(condition.executeBoolean(frame))) {
            return then.executeDouble(frame);
        }
        return otherwise.executeDouble(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        if (profile.profile(condition.executeBoolean(frame))) {
            return then.executeBoolean(frame);
        }
        return otherwise.executeBoolean(frame);
    }
}
