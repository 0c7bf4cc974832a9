package org.trufflemojo.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.trufflemojo.nodes.MojoStatementNode;

/**
 * One iteration's body of any loop: runs it and turns {@code break} / {@code continue} into the
 * loop status ({@link #BROKEN} ends the loop without its {@code else}).
 */
public final class LoopBodyNode extends Node {
    /** The loop status of a {@code break}. */
    public static final Object BROKEN = new Object();

    @Child private MojoStatementNode body;
    private final BranchProfile breakTaken = BranchProfile.create();
    private final BranchProfile continueTaken = BranchProfile.create();

    public LoopBodyNode(MojoStatementNode body) {
        this.body = body;
    }

    public Object execute(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (BreakException e) {
            breakTaken.enter();
            return BROKEN;
        } catch (ContinueException e) {
            continueTaken.enter();
        }
        return RepeatingNode.CONTINUE_LOOP_STATUS;
    }
}
