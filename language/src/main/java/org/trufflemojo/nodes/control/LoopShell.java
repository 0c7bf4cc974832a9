package org.trufflemojo.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.BytecodeOSRNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.trufflemojo.nodes.MojoStatementNode;

/**
 * What every loop shares: iterations of one {@link Iteration} until it says the loop is done, then
 * the loop's {@code else} clause unless a {@code break} ended it. The loops differ only in how they
 * start (their statement node) and how an iteration advances.
 *
 * <p>A long loop running in the interpreter moves to compiled code by on-stack replacement. This is
 * Truffle's OSR for bytecode interpreters rather than a {@code LoopNode}'s: the OSR code gets its
 * own copy of the frame, which the compiler keeps in registers, where a {@code LoopNode}'s OSR code
 * reads and writes every local variable in the interpreter's frame object in memory (with a type
 * check on each read) for as long as the loop runs.
 */
public final class LoopShell extends Node implements BytecodeOSRNode {
    /** Back edges taken in the interpreter between two reports to the OSR and compilation counters. */
    private static final int POLL_INTERVAL = 64;
    /** Back edges in one run after which a nested loop asks for OSR by itself. */
    private static final int LONG_RUN = 50_000;
    private static final byte LONG = FrameSlotKind.Long.tag;
    private static final byte DOUBLE = FrameSlotKind.Double.tag;
    private static final byte BOOLEAN = FrameSlotKind.Boolean.tag;
    private static final byte OBJECT = FrameSlotKind.Object.tag;

    @Child private Iteration iteration;
    @Child private MojoStatementNode otherwise;
    @CompilationFinal private Object osrMetadata;
    /** Back edges of loops nested in this one, run in the interpreter since this loop last polled for OSR. */
    private int nestedBackEdges;
    /** The loop this one is nested in, in the same function (null if none): found on first use, in the interpreter. */
    private LoopShell enclosing;
    private boolean enclosingKnown;

    public LoopShell(Iteration iteration, MojoStatementNode otherwise) {
        this.iteration = iteration;
        this.otherwise = otherwise;
    }

    public void execute(VirtualFrame frame) {
        boolean broken = run(frame);
        if (!broken && otherwise != null) {
            otherwise.executeVoid(frame);
        }
    }

    /** Runs iterations until the loop ends; true when a {@code break} ended it. */
    private boolean run(VirtualFrame frame) {
        int backEdges = 0; // in the interpreter, since the last report
        int thisRun = 0; // in the interpreter, in this run of the loop (up to LONG_RUN)
        while (true) {
            int status = iteration.step(frame);
            if (status != Iteration.NEXT) {
                if (CompilerDirectives.inInterpreter() && (backEdges > 0 || nestedBackEdges > 0)) {
                    report(backEdges);
                }
                return status == Iteration.BROKEN;
            }
            TruffleSafepoint.poll(this);
            if (CompilerDirectives.inInterpreter() && (++backEdges == POLL_INTERVAL || nestedBackEdges > 0)) {
                thisRun = Math.min(LONG_RUN, thisRun + backEdges);
                int polled = report(backEdges);
                backEdges = 0;
                // A loop inside another leaves OSR to the outer one (one compilation for the whole
                // nest) unless this run of it is long by itself.
                if ((thisRun == LONG_RUN || enclosingLoop() == null) && BytecodeOSRNode.pollOSRBackEdge(this, polled)) {
                    Object broken = BytecodeOSRNode.tryOSR(this, 0, null, null, frame);
                    if (broken != null) {
                        return (Boolean) broken; // the rest of the loop ran in compiled code
                    }
                }
            }
        }
    }

    /**
     * Counts back edges taken in the interpreter: this loop's own toward compiling the function, and
     * these with those of the loops nested in it toward OSR of the loop around this one, so that an
     * outer loop whose work is in its inner loops (few iterations, each long) moves to compiled code
     * as a whole. Answers the count for this loop's own OSR.
     */
    private int report(int backEdges) {
        if (backEdges > 0) {
            LoopNode.reportLoopCount(this, backEdges);
        }
        int all = (int) Math.min(Integer.MAX_VALUE / 2, (long) backEdges + nestedBackEdges);
        nestedBackEdges = 0;
        LoopShell outer = enclosingLoop();
        if (outer != null) {
            outer.nestedBackEdges = (int) Math.min(Integer.MAX_VALUE / 2, (long) outer.nestedBackEdges + all);
        }
        return Math.max(1, all);
    }

    private LoopShell enclosingLoop() {
        if (!enclosingKnown) {
            Node n = getParent();
            while (n != null && !(n instanceof LoopShell) && !(n instanceof RootNode)) {
                n = n.getParent();
            }
            enclosing = n instanceof LoopShell loop ? loop : null;
            enclosingKnown = true;
        }
        return enclosing;
    }

    @Override
    public Object executeOSR(VirtualFrame osrFrame, int target, Object interpreterState) {
        return run(osrFrame);
    }

    /**
     * Copies the OSR frame back when the compiled loop ends. Truffle's own copy leaves compiled code
     * first (it expects OSR to run to the end of the function, once per call), which for a loop
     * entered again and again — an inner loop — would cost a deoptimization at every exit. Here
     * each slot is copied by its tag, which the compiler knows in most slots (a few compares where not).
     */
    @Override
    @ExplodeLoop
    public void restoreParentFrame(VirtualFrame osrFrame, VirtualFrame parentFrame) {
        int slots = osrFrame.getFrameDescriptor().getNumberOfSlots();
        for (int i = 0; i < slots; i++) {
            byte tag = osrFrame.getTag(i);
            if (tag == LONG) {
                parentFrame.setLong(i, osrFrame.getLong(i));
            } else if (tag == DOUBLE) {
                parentFrame.setDouble(i, osrFrame.getDouble(i));
            } else if (tag == BOOLEAN) {
                parentFrame.setBoolean(i, osrFrame.getBoolean(i));
            } else if (tag == OBJECT) {
                parentFrame.setObject(i, osrFrame.getObject(i));
            } else {
                parentFrame.clear(i); // Illegal: the language uses no other kind of slot
            }
        }
    }

    @Override
    public Object getOSRMetadata() {
        return osrMetadata;
    }

    @Override
    public void setOSRMetadata(Object osrMetadata) {
        this.osrMetadata = osrMetadata;
    }

    /**
     * One step of a loop: {@link #advance} prepares the next iteration (sets the loop variable) or
     * says the loop is done; then the body runs, with {@code break} / {@code continue} turned into the
     * loop status.
     */
    public abstract static class Iteration extends Node {
        static final int NEXT = 0;
        static final int DONE = 1;
        static final int BROKEN = 2;

        @Child private MojoStatementNode body;
        private final BranchProfile breakTaken = BranchProfile.create();
        private final BranchProfile continueTaken = BranchProfile.create();

        protected Iteration(MojoStatementNode body) {
            this.body = body;
        }

        /** Prepares the next iteration; false when the loop has no more. */
        protected abstract boolean advance(VirtualFrame frame);

        final int step(VirtualFrame frame) {
            if (!advance(frame)) {
                return DONE;
            }
            try {
                body.executeVoid(frame);
            } catch (BreakException e) {
                breakTaken.enter();
                return BROKEN;
            } catch (ContinueException e) {
                continueTaken.enter();
            }
            return NEXT;
        }
    }
}
