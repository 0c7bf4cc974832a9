package org.trufflemojo.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;

public final class IfNode extends MojoStatementNode {
    @Child private MojoExpressionNode condition;
    @Child private MojoStatementNode then;
    @Child private MojoStatementNode otherwise;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(MojoExpressionNode condition, MojoStatementNode then, MojoStatementNode otherwise) {
        this.condition = condition;
        this.then = then;
        this.otherwise = otherwise;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(condition.executeBoolean(frame))) {
            then.executeVoid(frame);
        } else if (otherwise != null) {
            otherwise.executeVoid(frame);
        }
    }

    @Override
    public Object runAsTail(VirtualFrame frame) {
        if (profile.profile(condition.executeBoolean(frame))) {
            return then.runAsTail(frame);
        }
        return otherwise == null ? null : otherwise.runAsTail(frame);
    }
}
