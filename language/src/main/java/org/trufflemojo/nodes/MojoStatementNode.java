package org.trufflemojo.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.source.SourceSection;

/** Base of statement nodes: executed for their effect. */
@NodeInfo(language = "Mojo")
public abstract class MojoStatementNode extends Node {
    private SourceSection sourceSection;

    public abstract void executeVoid(VirtualFrame frame);

    public void setSourceSection(SourceSection section) {
        this.sourceSection = section;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }
}
