package org.trufflemojo.nodes.builtin;

import com.oracle.truffle.api.debug.DebuggerTags;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;

/**
 * {@code breakpoint()}: a debugger attached to the program halts here (Truffle's always-halt tag),
 * as on a breakpoint set on its line. Without a debugger the node is not instrumented and does nothing.
 */
public final class BreakpointNodes {
    private BreakpointNodes() {
    }

    /**
     * {@code breakpoint()} as a statement of its own, as it is written: the statement itself halts,
     * so stepping onto the line and the halt it asks for are one stop, not two.
     */
    public static final class Statement extends MojoStatementNode {
        @Override
        public boolean hasTag(Class<? extends Tag> tag) {
            return tag == DebuggerTags.AlwaysHalt.class || super.hasTag(tag);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
        }
    }

    /** {@code breakpoint()} inside an expression ({@code _ = breakpoint()}). */
    public static final class Expression extends MojoExpressionNode {
        @Override
        public boolean hasTag(Class<? extends Tag> tag) {
            return tag == DebuggerTags.AlwaysHalt.class || super.hasTag(tag);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return null; // (None, as other intrinsics without a result)
        }
    }
}
