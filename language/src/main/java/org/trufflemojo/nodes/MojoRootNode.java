package org.trufflemojo.nodes;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import org.trufflemojo.nodes.call.FunctionBodyNode;

/** The root of one Mojo function. */
public final class MojoRootNode extends RootNode {
    private final String name;
    private final SourceSection section;
    @Child private FunctionBodyNode body;

    public MojoRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name, SourceSection section) {
        super(language, descriptor);
        this.name = name;
        this.section = section;
    }

    /** Set once, before the first call; functions are created before their bodies so calls can be direct. */
    public void setBody(FunctionBodyNode body) {
        this.body = insert(body);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return body.execute(frame);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public String toString() {
        return name;
    }
}
