package org.trufflemojo.nodes.call;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.trufflemojo.nodes.MojoExpressionNode;

/**
 * A direct call of a statically known function. Arguments travel in an Object array; after the call,
 * {@code mut} arguments are copied back from that array into the caller's variables (the callee
 * stores their final values there), which gives {@code mut} its by-reference effect on locals.
 */
public final class CallNode extends MojoExpressionNode {
    @Child private DirectCallNode call;
    @Children private final MojoExpressionNode[] arguments;
    /** Argument index, frame slot and slot kind of each {@code mut} argument to copy back. */
    private final int[] writeBackArgs;
    private final int[] writeBackSlots;
    private final FrameSlotKind[] writeBackKinds;

    public CallNode(CallTarget target, MojoExpressionNode[] arguments, int[] writeBackArgs, int[] writeBackSlots,
                    FrameSlotKind[] writeBackKinds) {
        this.call = Truffle.getRuntime().createDirectCallNode(target);
        this.arguments = arguments;
        this.writeBackArgs = writeBackArgs;
        this.writeBackSlots = writeBackSlots;
        this.writeBackKinds = writeBackKinds;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            args[i] = arguments[i].executeGeneric(frame);
        }
        Object result = call.call(args);
        for (int i = 0; i < writeBackArgs.length; i++) {
            Object value = args[writeBackArgs[i]];
            int slot = writeBackSlots[i];
            switch (writeBackKinds[i]) {
                case Long -> frame.setLong(slot, (long) value);
                case Double -> frame.setDouble(slot, (double) value);
                case Boolean -> frame.setBoolean(slot, (boolean) value);
                default -> frame.setObject(slot, value);
            }
        }
        return result;
    }
}
