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
 * Base of statement nodes: executed for their effect. A statement with a source position carries
 * Truffle's statement tag, so instruments see it: debuggers step and break on it, coverage counts
 * it, and the statement counting of a Context's {@code ResourceLimits} stops a runaway loop in a
 * sandboxed context. Nodes without a position (the destroys, copies and moves the ownership check
 * inserts, argument setup) are never instrumented, so stepping passes over them.
 */
@NodeInfo(language = "Mojo")
@GenerateWrapper
@ExportLibrary(value = NodeLibrary.class)
public abstract class MojoStatementNode extends Node implements InstrumentableNode {
    private SourceSection sourceSection;
    /**
     * False for nodes that have a position but are not statements of their own: a block (its
     * statements are), the write inside an assignment that also destroys (the block around them is
     * the statement); one source line must be one step.
     */
    private boolean isStatement;
    /** The body of a function after its arguments are in their slots (Truffle's root-body tag). */
    private boolean isRootBody;

    public abstract void executeVoid(VirtualFrame frame);

    /**
     * Runs a statement that ends its function's body (the body's last statement, or the last one of
     * a branch of such an {@code if}) and gives the value a {@code return} there returns, or null.
     * A {@code return} anywhere else throws a ReturnException, which in the interpreter unwinds the
     * Java frames between it and the function at every call; here it simply returns. A statement
     * that does not know this way runs as usual (a return inside it still throws). (Not named
     * execute...: an instrument's wrapper does not pass it on, so a wrapped statement takes the
     * usual way and instruments see the return as before.)
     */
    public Object runAsTail(VirtualFrame frame) {
        executeVoid(frame);
        return null;
    }

    /** The node's position; the node is then a statement. */
    public void setSourceSection(SourceSection section) {
        this.sourceSection = section;
        this.isStatement = section != null;
    }

    /** A position for instruments other than statement stepping (see {@link #isStatement}). */
    public void setSourceSectionOnly(SourceSection section) {
        this.sourceSection = section;
        this.isStatement = false;
    }

    /** Marks this node as the body of its function (the frame holds the arguments when it starts). */
    public void setRootBody(SourceSection section) {
        this.sourceSection = section;
        this.isStatement = false;
        this.isRootBody = true;
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
        if (tag == StandardTags.StatementTag.class) {
            return isStatement;
        }
        return tag == StandardTags.RootBodyTag.class && isRootBody;
    }

    /** What instruments see this node return: an interop value (see {@link InstrumentView}). */
    @GenerateWrapper.OutgoingConverter
    Object viewForInstruments(Object value) {
        return InstrumentView.of(value);
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new MojoStatementNodeWrapper(this, probe);
    }

    // ---- the variables a debugger shows here (see FrameScope)

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
