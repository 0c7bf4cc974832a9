package org.trufflemojo.nodes.builtin.os;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import org.trufflemojo.MojoContext;
import org.trufflemojo.nodes.MojoExpressionNode;
import org.trufflemojo.nodes.builtin.MojoNone;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;

/**
 * The intrinsics behind {@code sys.ffi._Global}: a table of the program's process-wide values by
 * name. The library allocates and initializes a value on first use and registers its address.
 */
public final class GlobalNodes {
    private GlobalNodes() {
    }

    /** {@code _global_address(name)}: the address of the value registered under name, or 0 (null). */
    @NodeChild(value = "name", type = MojoExpressionNode.class)
    public abstract static class GlobalAddress extends MojoExpressionNode {
        @Specialization
        @TruffleBoundary
        protected long address(NativeString name) {
            return MojoContext.get(this).globalAddress(StringOps.toJava(name));
        }
    }

    /** {@code _register_global(name, address)}: records the value made for name. */
    @NodeChild(value = "name", type = MojoExpressionNode.class)
    @NodeChild(value = "address", type = MojoExpressionNode.class)
    public abstract static class RegisterGlobal extends MojoExpressionNode {
        @Specialization
        @TruffleBoundary
        protected Object register(NativeString name, long address) {
            MojoContext.get(this).registerGlobal(StringOps.toJava(name), address);
            return MojoNone.INSTANCE;
        }
    }
}
