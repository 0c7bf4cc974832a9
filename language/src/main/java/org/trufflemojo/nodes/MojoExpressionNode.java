package org.trufflemojo.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of all expression nodes. The static type of every expression is known when the node is
 * built, so each node overrides the typed execute method of its type ({@code executeLong} for Int,
 * {@code executeDouble} for Float64, ...) and callers call exactly that one: no boxing on hot paths.
 */
@NodeInfo(language = "Mojo")
public abstract class MojoExpressionNode extends Node {
    private SourceSection sourceSection;

    public abstract Object executeGeneric(VirtualFrame frame);

    public long executeLong(VirtualFrame frame) {
        return (long) executeGeneric(frame);
    }

    public double executeDouble(VirtualFrame frame) {
        return (double) executeGeneric(frame);
    }

    public boolean executeBoolean(VirtualFrame frame) {
        return (boolean) executeGeneric(frame);
    }

    public void setSourceSection(SourceSection section) {
        this.sourceSection = section;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

}
