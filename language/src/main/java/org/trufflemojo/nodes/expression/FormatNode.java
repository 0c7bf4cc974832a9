package org.trufflemojo.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.trufflemojo.MojoContext;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.runtime.StringOps;

/** {@code String(a, b, ...)}: the values written one after another. */
public final class FormatNode extends MojoExpressionNode {
    @Children private final ToStringNode[] values;
    /** A String value in native memory; otherwise the Java text (an Error's message). */
    private final boolean nativeResult;

    public FormatNode(ToStringNode[] values, boolean nativeResult) {
        this.values = values;
        this.nativeResult = nativeResult;
    }

    /** The Int of {@code String(n)}, or null when this formats anything else. */
    public MojoExpressionNode singleInt() {
        return nativeResult && values.length == 1 && values[0] instanceof ToStringNode.OfInt n ? n.value() : null;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        if (nativeResult && values.length == 1 && values[0] instanceof ToStringNode.OfInt n) {
            return StringOps.ofLong(MojoContext.get(this).memory(), n.executeLong(frame), this); // String(i): no Java text
        }
        String text;
        if (values.length == 1) {
            text = values[0].execute(frame);
        } else {
            String[] parts = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                parts[i] = values[i].execute(frame);
            }
            text = join(parts);
        }
        return nativeResult ? StringOps.fromJava(MojoContext.get(this).memory(), text, this) : text;
    }

    @TruffleBoundary
    private static String join(String[] parts) {
        return String.join("", parts);
    }
}
