package org.trufflemojo.nodes.builtin;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.trufflemojo.MojoContext;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.MojoStatementNode;
import org.trufflemojo.nodes.expression.ToStringNode;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;

/** {@code print(*values, sep=" ", end="\n")}. */
public final class PrintNode extends MojoStatementNode {
    @Children private final ToStringNode[] values;
    @Child private MojoExpressionNode sep;
    @Child private MojoExpressionNode end;

    public PrintNode(ToStringNode[] values, MojoExpressionNode sep, MojoExpressionNode end) {
        this.values = values;
        this.sep = sep;
        this.end = end;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        String[] parts = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            parts[i] = values[i].execute(frame);
        }
        String separator = sep == null ? " " : StringOps.toJava((NativeString) sep.executeGeneric(frame));
        String terminator = end == null ? "\n" : StringOps.toJava((NativeString) end.executeGeneric(frame));
        write(MojoContext.get(this), parts, separator, terminator);
    }

    @TruffleBoundary
    private static void write(MojoContext context, String[] parts, String separator, String terminator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(parts[i]);
        }
        sb.append(terminator);
        context.print(sb.toString());
    }
}
