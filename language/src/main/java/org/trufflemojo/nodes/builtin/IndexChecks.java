package org.trufflemojo.nodes.builtin;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.runtime.MojoError;

/** Checks on indices that depend on the dialect a program is written in. */
public final class IndexChecks {
    private IndexChecks() {
    }

    /**
     * A Mojo 1.x index into a List, Array, Span or String: 1.x removed counting from the end, so a
     * negative index is out of bounds like one past the end (25.x code keeps Python's meaning).
     */
    @NodeChild(value = "index", type = MojoExpressionNode.class)
    public abstract static class NotNegative extends MojoExpressionNode {
        @Specialization
        protected long check(long index) {
            if (index < 0) {
                throw negative(index);
            }
            return index;
        }

        @TruffleBoundary
        private MojoError negative(long index) {
            return new MojoError("index out of bounds: negative index " + index + " (negative indexing is not supported, use e.g. `x[len(x) - 1]`)", this);
        }
    }
}
