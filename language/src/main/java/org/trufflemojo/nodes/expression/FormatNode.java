package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.trufflemojo.nodes.MojoExpressionNode;

/** {@code String(a, b, ...)}: the values written one after another. */
public final class FormatNode extends MojoExpressionNode {
    @Children private final ToStringNode[] values;

    public FormatNode(ToStringNode[] values) {
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        if (values.length == 1) {
            return values[0].execute(frame);
        }
        String[] parts = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            parts[i] = values[i].execute(frame);
        }
        return join(parts);
    }

    @TruffleBoundary
    private static String join(String[] parts) {
        return String.join("", parts);
    }
}
