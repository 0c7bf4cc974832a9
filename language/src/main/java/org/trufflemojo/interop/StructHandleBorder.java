package org.trufflemojo.interop;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import org.trufflemojo.MojoContext;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.runtime.MojoError;
import org.trufflemojo.runtime.StructObject;

/**
 * A struct with its own lifecycle ({@code __copyinit__}, {@code __moveinit__} or {@code __del__}):
 * its value cannot be taken apart into border values and made again, so it crosses as a
 * {@link MojoStructHandle} that owns the Mojo value itself. The handle destroys it exactly once,
 * when released ({@code release()}) or when the context closes; never the garbage collector.
 * A call borrows the handle's value for a {@code read} or {@code mut} parameter and gets a copy
 * (made by the struct's copy constructor) for a {@code var} one, as Mojo's conventions say.
 */
public final class StructHandleBorder extends Border {
    @Child private LifecycleNodes.CopyValue copy;
    /** Runs the struct's destructor on a value (the argument), outside any Mojo function. */
    private final CallTarget destroy;

    public StructHandleBorder(String name, TruffleLanguage<?> language, LifecycleNodes.CopyValue copy, LifecycleNodes.DestroyValue destroy) {
        super(name);
        this.copy = copy;
        this.destroy = new DestroyRoot(language, destroy).getCallTarget();
    }

    @Override
    public boolean holdsValues() {
        return true;
    }

    @Override
    @TruffleBoundary
    public Object export(Object mojo) {
        MojoStructHandle handle = new MojoStructHandle(this, (StructObject) mojo);
        MojoContext.get(null).holdUntilClose(handle);
        return handle;
    }

    @Override
    public Object normalize(Object foreign) throws Mismatch {
        if (foreign instanceof MojoStructHandle h && h.typeName().equals(typeName())) {
            return h.value();
        }
        if (foreign instanceof StructObject s && s.layout.name.equals(typeName())) {
            return s; // the receiver of a method called on a handle
        }
        throw mismatch(foreign);
    }

    @Override
    public Object materialize(Object border) {
        return border;
    }

    /** A {@code var} argument is a copy: the callee owns it, the handle keeps its own value. */
    @Override
    public Object materializeOwned(Object border) {
        if (copy == null) {
            throw new MojoError("a '" + typeName() + "' is not Copyable: another language cannot pass one to a 'var' parameter", null);
        }
        return copy.execute(border);
    }

    /** Runs the destructor of a handle's value. */
    void destroy(StructObject value) {
        destroy.call(value);
    }

    private static final class DestroyRoot extends RootNode {
        @Child private LifecycleNodes.DestroyValue destroy;

        DestroyRoot(TruffleLanguage<?> language, LifecycleNodes.DestroyValue destroy) {
            super(language);
            this.destroy = destroy;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            destroy.execute(frame.getArguments()[0]);
            return null;
        }

        @Override
        public boolean isInternal() {
            return true;
        }

        @Override
        public String getName() {
            return "release";
        }
    }
}
