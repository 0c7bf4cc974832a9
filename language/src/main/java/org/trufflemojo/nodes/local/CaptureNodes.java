package org.trufflemojo.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;
import org.trufflemojo.runtime.CaptureEnvironment;
import org.trufflemojo.runtime.MojoError;

/** The nodes through which closures reach the variables they capture (see {@link CaptureEnvironment}). */
public final class CaptureNodes {
    private CaptureNodes() {
    }

    /** In a closure: the address of a captured variable of the enclosing function's active call. */
    public static final class Address extends MojoExpressionNode {
        private final CaptureEnvironment environment;
        private final int index;
        private final String name;

        public Address(CaptureEnvironment environment, int index, String name) {
            this.environment = environment;
            this.index = index;
            this.name = name;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            long address = environment.address(index);
            if (address == 0) {
                throw new MojoError("closure used after the call that declared it ended: '" + name + "' no longer exists", this);
            }
            return address;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return executeLong(frame);
        }
    }

    /** On entry to a function whose closures capture variables: makes their addresses (in frame slots) visible. */
    public static final class Enter extends MojoStatementNode {
        private final CaptureEnvironment environment;
        @Children private final MojoExpressionNode[] addresses;

        public Enter(CaptureEnvironment environment, MojoExpressionNode[] addresses) {
            this.environment = environment;
            this.addresses = addresses;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            long[] values = new long[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                values[i] = addresses[i].executeLong(frame);
            }
            environment.enter(values);
        }
    }

    /** When that call ends, however it ends. */
    public static final class Exit extends MojoStatementNode {
        private final CaptureEnvironment environment;

        public Exit(CaptureEnvironment environment) {
            this.environment = environment;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            environment.exit();
        }
    }
}
