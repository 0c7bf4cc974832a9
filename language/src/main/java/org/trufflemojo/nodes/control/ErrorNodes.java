package org.trufflemojo.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;
import org.trufflemojo.runtime.MojoRaise;

/** {@code raise}, {@code try} / {@code except} / {@code else} / {@code finally}, and destroys on error paths. */
public final class ErrorNodes {
    private ErrorNodes() {
    }

    public static final class Raise extends MojoStatementNode {
        @Child private MojoExpressionNode value;
        @Child private MojoStatementNode beforeJump;

        public Raise(MojoExpressionNode value, MojoStatementNode beforeJump) {
            this.value = value;
            this.beforeJump = beforeJump;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            String error = (String) value.executeGeneric(frame);
            if (beforeJump != null) {
                beforeJump.executeVoid(frame);
            }
            throw new MojoRaise(error, this);
        }
    }

    public static final class Try extends MojoStatementNode {
        @Child private MojoStatementNode body;
        @Child private MojoStatementNode handler;
        @Child private MojoStatementNode otherwise;
        @Child private MojoStatementNode cleanup;
        private final int errorSlot;
        private final BranchProfile caught = BranchProfile.create();

        public Try(MojoStatementNode body, int errorSlot, MojoStatementNode handler, MojoStatementNode otherwise, MojoStatementNode cleanup) {
            this.body = body;
            this.errorSlot = errorSlot;
            this.handler = handler;
            this.otherwise = otherwise;
            this.cleanup = cleanup;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            try {
                boolean failed = false;
                if (handler != null) {
                    try {
                        body.executeVoid(frame);
                    } catch (MojoRaise e) {
                        caught.enter();
                        failed = true;
                        if (errorSlot >= 0) {
                            frame.setObject(errorSlot, e.error());
                        }
                        handler.executeVoid(frame);
                    }
                } else {
                    body.executeVoid(frame);
                }
                if (!failed && otherwise != null) {
                    otherwise.executeVoid(frame);
                }
            } finally {
                if (cleanup != null) {
                    cleanup.executeVoid(frame);
                }
            }
        }
    }

    /** A call that may raise: if it does, the destroys planned for that error path run before the error goes on. */
    public static final class LandingPad extends MojoExpressionNode {
        @Child private MojoExpressionNode call;
        @Child private MojoStatementNode destroys;

        public LandingPad(MojoExpressionNode call, MojoStatementNode destroys) {
            this.call = call;
            this.destroys = destroys;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            try {
                return call.executeGeneric(frame);
            } catch (MojoRaise e) {
                destroys.executeVoid(frame);
                throw e;
            }
        }
    }
}
