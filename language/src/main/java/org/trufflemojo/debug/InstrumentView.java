package org.trufflemojo.debug;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.TruffleObject;

import org.trufflemojo.nodes.builtin.MojoNone;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.ShownAs;
import org.trufflemojo.runtime.StringOps;

/**
 * The value an instrument sees a node return. Many Mojo values are plain Java objects with no
 * interop of their own (a String is a {@link NativeString} header, a Tuple an {@code Object[]},
 * None is null); instruments may only be handed interop values, so those are shown through this.
 * Used only by the instrumentation wrappers, which exist only while an instrument is attached.
 */
public final class InstrumentView {
    private InstrumentView() {
    }

    @TruffleBoundary
    public static Object of(Object value) {
        if (value == null) {
            return MojoNone.INSTANCE;
        }
        if (value instanceof TruffleObject || value instanceof Long || value instanceof Double || value instanceof Boolean || value instanceof String
                        || value instanceof Integer || value instanceof Byte || value instanceof Short || value instanceof Float || value instanceof Character) {
            return value;
        }
        if (value instanceof NativeString s) {
            return StringOps.toJava(s); // (live: the node has just produced it)
        }
        // (a Tuple is an Object[]; the other carriers have no single Mojo type to name here)
        return new ShownAs(value instanceof Object[] ? "<tuple>" : "<value>");
    }
}
