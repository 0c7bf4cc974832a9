package org.trufflemojo.nodes.control;

import java.util.function.Consumer;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.runtime.MojoRaise;

/** {@code raise}, {@code try} / {@code except} / {@code else} / {@code finally}, and destroys on error paths. */
public final class ErrorNodes {
    private ErrorNodes() {
    }

    /** {@code raise value}; a typed error also carries its text ({@code message}, null for an Error, whose value is its text). */
    public static final class Raise extends MojoStatementNode {
        @Child private MojoExpressionNode value;
        @Child private MojoExpressionNode message;
        @Child private MojoStatementNode beforeJump;
        /** Destroys a typed error's value if it is caught as an Error (null: nothing to destroy). */
        @Child private LifecycleNodes.DestroyValue destroyer;
        private final Consumer<Object> destroyPayload;

        public Raise(MojoExpressionNode value, MojoExpressionNode message, LifecycleNodes.DestroyValue destroyer, MojoStatementNode beforeJump) {
            this.value = value;
            this.message = message;
            this.destroyer = destroyer;
            this.beforeJump = beforeJump;
            this.destroyPayload = destroyer == null ? null : payload -> this.destroyer.execute(payload);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            String text = message == null ? null : (String) message.executeGeneric(frame);
            Object error = value.executeGeneric(frame);
            if (beforeJump != null) {
                beforeJump.executeVoid(frame);
            }
            throw message == null ? new MojoRaise((String) error, this) : new MojoRaise(text, error, destroyPayload, this);
        }
    }

    public static final class Try extends MojoStatementNode {
        @Child private MojoStatementNode body;
        @Child private MojoStatementNode handler;
        @Child private MojoStatementNode otherwise;
        @Child private MojoStatementNode cleanup;
        private final int errorSlot;
        /** The handler binds a typed error's value (else the Error, its text). */
        private final boolean bindsTypedError;
        private final BranchProfile caught = BranchProfile.create();

        public Try(MojoStatementNode body, int errorSlot, boolean bindsTypedError, MojoStatementNode handler, MojoStatementNode otherwise,
                        MojoStatementNode cleanup) {
            this.body = body;
            this.errorSlot = errorSlot;
            this.bindsTypedError = bindsTypedError;
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
                        e.leaveFunction();
                        if (errorSlot < 0) {
                            e.toError(); // nothing binds it
                        } else {
                            frame.setObject(errorSlot, bindsTypedError ? e.payload() : e.toError());
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
                if (e.land()) {
                    destroys.executeVoid(frame);
                }
                throw e;
            }
        }
    }
}
