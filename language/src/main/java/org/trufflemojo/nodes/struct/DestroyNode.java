package org.trufflemojo.nodes.struct;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;

/**
 * Destroys the value held in a place, at a point the ownership check chose. Destroying a whole
 * variable also clears its frame slot: nothing reads it again (the check guarantees that), and a
 * debugger then shows the variable as destroyed instead of its freed native memory.
 */
public final class DestroyNode extends MojoStatementNode {
    @Child private MojoExpressionNode place;
    @Child private LifecycleNodes.DestroyValue destroy;
    /** The slot of the destroyed variable, or -1 when the place is a field or lives in native memory. */
    private final int clearedSlot;

    public DestroyNode(MojoExpressionNode place, LifecycleNodes.DestroyValue destroy, int clearedSlot) {
        this.place = place;
        this.destroy = destroy;
        this.clearedSlot = clearedSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        destroy.execute(place.executeGeneric(frame));
        if (clearedSlot >= 0) {
            frame.clear(clearedSlot);
        }
    }
}
