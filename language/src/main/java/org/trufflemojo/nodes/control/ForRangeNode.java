package org.trufflemojo.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;
import org.trufflemojo.runtime.MojoError;

/**
 * {@code for v in range(start, end, step)}. End and step are evaluated once; the counter lives in
 * its own slot so assignments to the loop variable inside the body do not change the iteration.
 */
public final class ForRangeNode extends MojoStatementNode {
    @Child private MojoExpressionNode start;
    @Child private MojoExpressionNode end;
    @Child private MojoExpressionNode step;
    @Child private LoopShell loop;
    private final int endSlot;
    private final int stepSlot;
    private final int counterSlot;
    /** {@code reversed(range(...))}: the same values, last first. */
    private final boolean backward;

    public ForRangeNode(MojoExpressionNode start, MojoExpressionNode end, MojoExpressionNode step, int variableSlot, int endSlot,
                    int stepSlot, int counterSlot, boolean backward, MojoStatementNode body, MojoStatementNode otherwise) {
        this.backward = backward;
        this.start = start;
        this.end = end;
        this.step = step;
        this.endSlot = endSlot;
        this.stepSlot = stepSlot;
        this.counterSlot = counterSlot;
        this.loop = new LoopShell(new Iteration(variableSlot, endSlot, stepSlot, counterSlot, body), otherwise);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        long s = start.executeLong(frame);
        long e = end.executeLong(frame);
        long st = step.executeLong(frame);
        if (st == 0) {
            throw new MojoError("range() step must not be zero", this);
        }
        if (backward) {
            long n = st > 0 ? (e > s ? (e - s + st - 1) / st : 0) : (s > e ? (s - e - st - 1) / -st : 0);
            if (n == 0) {
                e = s; // nothing to visit
            } else {
                long last = s + (n - 1) * st;
                e = s - st;
                s = last;
            }
            st = -st;
        }
        frame.setLong(counterSlot, s);
        frame.setLong(endSlot, e);
        frame.setLong(stepSlot, st);
        loop.execute(frame);
    }

    private static final class Iteration extends LoopShell.Iteration {
        private final int variableSlot;
        private final int endSlot;
        private final int stepSlot;
        private final int counterSlot;

        Iteration(int variableSlot, int endSlot, int stepSlot, int counterSlot, MojoStatementNode body) {
            super(body);
            this.variableSlot = variableSlot;
            this.endSlot = endSlot;
            this.stepSlot = stepSlot;
            this.counterSlot = counterSlot;
        }

        @Override
        protected boolean advance(VirtualFrame frame) {
            long i = frame.getLong(counterSlot);
            long step = frame.getLong(stepSlot);
            long end = frame.getLong(endSlot);
            if (step > 0 ? i >= end : i <= end) {
                return false;
            }
            frame.setLong(variableSlot, i);
            frame.setLong(counterSlot, i + step);
            return true;
        }
    }
}
