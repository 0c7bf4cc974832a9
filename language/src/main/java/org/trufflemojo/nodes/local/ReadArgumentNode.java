package org.trufflemojo.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.trufflemojo.nodes.MojoExpressionNode;

/** Reads argument {@code index} of the current call; used once per parameter at function entry. */
public final class ReadArgumentNode extends MojoExpressionNode {
    private final int index;

    public ReadArgumentNode(int index) {
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return frame.getArguments()[index];
    }
}
