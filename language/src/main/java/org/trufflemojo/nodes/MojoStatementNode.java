package org.trufflemojo.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of statement nodes: executed for their effect. A statement with a source position carries
 * Truffle's statement tag, so instruments see it: among them the statement counting of a
 * Context's {@code ResourceLimits}, which is what stops a runaway loop in a sandboxed context.
 */
@NodeInfo(language = "Mojo")
@GenerateWrapper
public abstract class MojoStatementNode extends Node implements InstrumentableNode {
    private SourceSection sourceSection;

    public abstract void executeVoid(VirtualFrame frame);

    public void setSourceSection(SourceSection section) {
        this.sourceSection = section;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public boolean isInstrumentable() {
        return sourceSection != null;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.StatementTag.class;
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new MojoStatementNodeWrapper(this, probe);
    }
}
