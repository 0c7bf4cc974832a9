package org.trufflemojo.nodes.builtin.memory;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.trufflemojo.MojoContext;
import org.trufflemojo.nodes.MojoExpressionNode;

/** The functions of Mojo's {@code memory} module that work on raw bytes. */
public final class MemoryFunctionNodes {
    private MemoryFunctionNodes() {
    }

    /** {@code memcpy}: copies a number of bytes between two addresses (checked in checked mode). */
    @NodeChild(value = "dest", type = MojoExpressionNode.class)
    @NodeChild(value = "src", type = MojoExpressionNode.class)
    @NodeChild(value = "bytes", type = MojoExpressionNode.class)
    public abstract static class CopyBytes extends MojoExpressionNode {
        @Specialization
        protected Object copy(long dest, long src, long bytes) {
            MojoContext.get(this).memory().copy(src, dest, bytes, this);
            return null;
        }
    }
}
