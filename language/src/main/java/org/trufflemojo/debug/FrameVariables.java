package org.trufflemojo.debug;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.nodes.RootNode;

import org.trufflemojo.interop.Border;

/**
 * The variables of one Mojo function as a debugger shows them: the names the program gave them
 * (the checker's hidden temporaries are left out), their frame slots, and how each value is copied
 * out into a form that shows as Mojo prints it (its type's {@link Border}).
 *
 * <p>A slot tells a variable's state: never written yet (it is not shown), holding a value, or
 * cleared, which the destroy and move nodes do when a value's lifetime ends; such a variable shows
 * as {@link #DESTROYED}, never as what is left in freed native memory.
 *
 * <p>A root node only to adopt the borders (some are specializing node trees); it never runs.
 */
public final class FrameVariables extends RootNode {
    /** What a destroyed or moved-from variable shows. */
    public static final String DESTROYED = "<destroyed>";
    /** What a value shows whose fields are not all set yet. */
    static final String UNINITIALIZED = "<uninitialized>";

    private final String functionName;
    final String[] names;
    private final int[] slots;
    private final FrameSlotKind[] kinds;
    @Children private final Border[] borders;

    public FrameVariables(TruffleLanguage<?> language, String functionName, String[] names, int[] slots, FrameSlotKind[] kinds, Border[] borders) {
        super(language);
        this.functionName = functionName;
        this.names = names;
        this.slots = slots;
        this.kinds = kinds;
        this.borders = borders;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        throw new UnsupportedOperationException("frame variables are read by a debugger, not run");
    }

    @Override
    public String getName() {
        return functionName;
    }

    /** Whether variable i has been given a value in this frame (it may have been destroyed since). */
    boolean isDeclared(Frame frame, int i) {
        byte tag = frame.getTag(slots[i]);
        if (tag == FrameSlotKind.Illegal.tag) {
            return true; // cleared: destroyed or moved away
        }
        return switch (kinds[i]) {
            case Long -> tag == FrameSlotKind.Long.tag;
            case Double -> tag == FrameSlotKind.Double.tag;
            case Boolean -> tag == FrameSlotKind.Boolean.tag;
            default -> tag == FrameSlotKind.Object.tag && frame.getObject(slots[i]) != null;
        };
    }

    /** The index of the last declared variable of that name (an inner one shadows an outer one), or -1. */
    int find(Frame frame, String name) {
        for (int i = names.length - 1; i >= 0; i--) {
            if (names[i].equals(name) && isDeclared(frame, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The value of variable i as a debugger shows it: a copy in its border form, or {@link #DESTROYED}. */
    @TruffleBoundary
    Object read(MaterializedFrame frame, int i) {
        int slot = slots[i];
        byte tag = frame.getTag(slot);
        if (tag == FrameSlotKind.Illegal.tag) {
            return DESTROYED;
        }
        Object value = switch (kinds[i]) {
            case Long -> frame.getLong(slot);
            case Double -> frame.getDouble(slot);
            case Boolean -> frame.getBoolean(slot);
            default -> frame.getObject(slot);
        };
        Border border = borders[i];
        if (border.holdsValues()) {
            // (a struct with its own lifecycle crosses as a handle that would own the value: a
            // debugger only looks at it, through the struct's own view of its fields)
            return value;
        }
        if (border.isSupported()) {
            try {
                return border.export(value);
            } catch (NullPointerException e) {
                // a value under construction: `self` in __init__ before all its fields are set
                return value instanceof TruffleObject ? value : UNINITIALIZED;
            }
        }
        // (a type that does not cross to other languages yet: a struct shows its fields itself)
        if (value instanceof TruffleObject || value instanceof Long || value instanceof Double || value instanceof Boolean) {
            return value;
        }
        return "<" + border.typeName() + ">";
    }
}
