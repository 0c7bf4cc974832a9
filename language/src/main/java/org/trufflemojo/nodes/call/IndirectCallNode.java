package org.trufflemojo.nodes.call;

import org.trufflemojo.runtime.MojoStackOverflow;
import org.trufflemojo.runtime.MutResults;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.trufflemojo.nodes.MojoExpressionNode;

/** A call of a function value (a call target computed at run time). */
public final class IndirectCallNode extends MojoExpressionNode {
    @Child private MojoExpressionNode callee;
    @Children private final MojoExpressionNode[] arguments;
    @Child private com.oracle.truffle.api.nodes.IndirectCallNode call = Truffle.getRuntime().createIndirectCallNode();

    public IndirectCallNode(MojoExpressionNode callee, MojoExpressionNode[] arguments) {
        this.callee = callee;
        this.arguments = arguments;
    }

    /** A call of a Mojo function written in the program: tracers and debuggers (step into) see it. */
    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.CallTag.class || super.hasTag(tag);
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        CallTarget target = (CallTarget) callee.executeGeneric(frame);
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            args[i] = arguments[i].executeGeneric(frame);
        }
        try {
            return MutResults.resultOf(call.call(target, args));
        } catch (StackOverflowError e) {
            throw MojoStackOverflow.at(this);
        } catch (MojoStackOverflow e) {
            e.passedThrough(this);
            throw e;
        }
    }
}
