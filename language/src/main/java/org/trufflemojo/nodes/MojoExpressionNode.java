package org.trufflemojo.nodes;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.interop.NodeLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.source.SourceSection;

import org.trufflemojo.debug.FrameScope;
import org.trufflemojo.debug.InstrumentView;

/**
 * Base of all expression nodes. The static type of every expression is known when the node is
 * built, so each node overrides the typed execute method of its type ({@code executeLong} for Int,
 * {@code executeDouble} for Float64, ...) and callers call exactly that one: no boxing on hot paths.
 *
 * <p>An expression with a source position carries Truffle's expression tag (subclasses add the
 * call and variable tags); instruments wrap it only when one is attached.
 */
@NodeInfo(language = "Mojo")
@GenerateWrapper
@ExportLibrary(value = NodeLibrary.class)
public abstract class MojoExpressionNode extends Node implements InstrumentableNode {
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

    @Override
    public boolean isInstrumentable() {
        return sourceSection != null;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.ExpressionTag.class;
    }

    /** What instruments see this node return: an interop value (see {@link InstrumentView}). */
    @GenerateWrapper.OutgoingConverter
    Object viewForInstruments(Object value) {
        return InstrumentView.of(value);
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new MojoExpressionNodeWrapper(this, probe);
    }

    // ---- the variables a debugger shows here (see FrameScope), also for a caller's frame at a call

    @ExportMessage
    boolean hasScope(Frame frame) {
        return FrameScope.isAvailable(this, frame);
    }

    @ExportMessage
    Object getScope(Frame frame, @SuppressWarnings("unused") boolean nodeEnter) throws UnsupportedMessageException {
        return FrameScope.of(this, frame);
    }

    @ExportMessage
    boolean hasReceiverMember(Frame frame) {
        return FrameScope.hasReceiver(this, frame);
    }

    @ExportMessage
    Object getReceiverMember(Frame frame) throws UnsupportedMessageException {
        return FrameScope.receiverName(this, frame);
    }
}
