package org.trufflemojo.nodes.struct;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;

/** Destroys the value held in a place, at a point the ownership check chose. */
public final class DestroyNode extends MojoStatementNode {
    @Child private MojoExpressionNode place;
    @Child private LifecycleNodes.DestroyValue destroy;

    public DestroyNode(MojoExpressionNode place, LifecycleNodes.DestroyValue destroy) {
        this.place = place;
        this.destroy = destroy;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        destroy.execute(place.executeGeneric(frame));
    }
}
