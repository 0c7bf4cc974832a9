package org.trufflemojo.nodes.builtin.os;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.trufflemojo.MojoContext;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.runtime.MojoError;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;

/** The intrinsics of {@code os}: the process environment, as the embedder lets the program see it. */
public final class EnvironmentNodes {
    private EnvironmentNodes() {
    }

    /** {@code os.getenv(name, default)}: a new String with the variable's value, or a copy of the default. */
    @NodeChild(value = "name", type = MojoExpressionNode.class)
    @NodeChild(value = "fallback", type = MojoExpressionNode.class)
    public abstract static class Getenv extends MojoExpressionNode {
        @Specialization
        @TruffleBoundary
        protected NativeString getenv(NativeString name, NativeString fallback) {
            MojoContext context = MojoContext.get(this);
            String value = context.env().getEnvironment().get(StringOps.toJava(name));
            return StringOps.fromJava(context.memory(), value != null ? value : StringOps.toJava(fallback), this);
        }
    }

    /**
     * A failed {@code assert}: the program stops with "Assert Error: message" at the assertion; with
     * {@code -D ASSERT=warn} (a non-empty {@code warnAt}, "At: file:line:col: ") it is only written to
     * stderr, as Mojo words it, and the program goes on.
     */
    @NodeChild(value = "message", type = MojoExpressionNode.class)
    @NodeChild(value = "warnAt", type = MojoExpressionNode.class)
    public abstract static class AssertFailed extends MojoExpressionNode {
        @Specialization
        @TruffleBoundary
        protected Object fail(NativeString message, NativeString warnAt) {
            String at = StringOps.toJava(warnAt);
            if (at.isEmpty()) {
                throw new MojoError("Assert Error: " + StringOps.toJava(message), this);
            }
            java.io.PrintWriter err = new java.io.PrintWriter(MojoContext.get(this).env().err(), true, java.nio.charset.StandardCharsets.UTF_8);
            err.println(at + "Assert Error: " + StringOps.toJava(message));
            return null;
        }
    }

    /** {@code os.abort(message)}: stops the program at once with "ABORT: message". */
    @NodeChild(value = "message", type = MojoExpressionNode.class)
    public abstract static class Abort extends MojoExpressionNode {
        @Specialization
        @TruffleBoundary
        protected Object abort(NativeString message) {
            throw new MojoError("ABORT: " + StringOps.toJava(message), this);
        }
    }
}
