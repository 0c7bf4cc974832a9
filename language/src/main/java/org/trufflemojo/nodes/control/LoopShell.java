package org.trufflemojo.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.trufflemojo.nodes.MojoStatementNode;

/**
 * What every loop shares: a Truffle {@link LoopNode} (so a long loop is OSR-compiled) over one
 * {@link Iteration}, then the loop's {@code else} clause unless a {@code break} ended it. The loops
 * differ only in how they start (their statement node) and how an iteration advances.
 */
public final class LoopShell extends Node {
    /** The loop status of a {@code break}: the loop ends without its {@code else}. */
    private static final Object BROKEN = new Object();

    @Child private LoopNode loop;
    @Child private MojoStatementNode otherwise;

    public LoopShell(Iteration iteration, MojoStatementNode otherwise) {
        this.loop = Truffle.getRuntime().createLoopNode(iteration);
        this.otherwise = otherwise;
    }

    public void execute(VirtualFrame frame) {
        Object status = loop.execute(frame);
        if (status != BROKEN && otherwise != null) {
            otherwise.executeVoid(frame);
        }
    }

    /**
     * One step of a loop: {@link #advance} prepares the next iteration (sets the loop variable) or
     * says the loop is done; then the body runs, with {@code break} / {@code continue} turned into the
     * loop status.
     */
    public abstract static class Iteration extends Node implements RepeatingNode {
        @Child private MojoStatementNode body;
        private final BranchProfile breakTaken = BranchProfile.create();
        private final BranchProfile continueTaken = BranchProfile.create();

        protected Iteration(MojoStatementNode body) {
            this.body = body;
        }

        /** Prepares the next iteration; false when the loop has no more. */
        protected abstract boolean advance(VirtualFrame frame);

        @Override
        public final boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException("loops report their status with executeRepeatingWithValue");
        }

        @Override
        public final Object executeRepeatingWithValue(VirtualFrame frame) {
            if (!advance(frame)) {
                return BREAK_LOOP_STATUS;
            }
            try {
                body.executeVoid(frame);
            } catch (BreakException e) {
                breakTaken.enter();
                return BROKEN;
            } catch (ContinueException e) {
                continueTaken.enter();
            }
            return CONTINUE_LOOP_STATUS;
        }
    }
}
