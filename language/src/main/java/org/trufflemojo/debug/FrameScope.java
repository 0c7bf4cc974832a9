package org.trufflemojo.debug;

import java.util.LinkedHashSet;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

import org.trufflemojo.MojoLanguage;
import org.trufflemojo.nodes.MojoRootNode;
import org.trufflemojo.runtime.MemberNames;

/**
 * The variables of a running Mojo function, as the scope a debugger (or any instrument) reads
 * through {@code NodeLibrary}: one member per variable declared so far, by its Mojo name, with its
 * current value; a destroyed one shows as {@link FrameVariables#DESTROYED}. Read-only: a value
 * changed from outside would bypass the ownership the checker planned.
 */
@ExportLibrary(InteropLibrary.class)
public final class FrameScope implements TruffleObject {
    /** The receiver of a method, as a debugger shows it. */
    public static final String RECEIVER_NAME = "self";

    private final FrameVariables variables;
    private final MaterializedFrame frame;

    private FrameScope(FrameVariables variables, MaterializedFrame frame) {
        this.variables = variables;
        this.frame = frame;
    }

    private static FrameVariables variablesOf(Node node) {
        return node.getRootNode() instanceof MojoRootNode root ? root.variables() : null;
    }

    /** Whether a debugger can show the variables at node (there is a frame, and the node is in a Mojo function). */
    public static boolean isAvailable(Node node, Frame frame) {
        return frame != null && variablesOf(node) != null;
    }

    public static Object of(Node node, Frame frame) throws UnsupportedMessageException {
        if (!isAvailable(node, frame)) {
            throw UnsupportedMessageException.create();
        }
        return new FrameScope(variablesOf(node), frame.materialize());
    }

    /** The name of the receiver's member in the scope at node ({@code self}), if the function has one with a value. */
    public static Object receiverName(Node node, Frame frame) throws UnsupportedMessageException {
        if (!hasReceiver(node, frame)) {
            throw UnsupportedMessageException.create();
        }
        return RECEIVER_NAME;
    }

    /** Whether the function at node is a method whose {@code self} has a value. */
    public static boolean hasReceiver(Node node, Frame frame) {
        FrameVariables variables = frame == null ? null : variablesOf(node);
        return variables != null && variables.find(frame, RECEIVER_NAME) >= 0;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return MojoLanguage.class;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < variables.names.length; i++) {
            if (variables.isDeclared(frame, i)) {
                names.add(variables.names[i]);
            }
        }
        return new MemberNames(names.toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return variables.find(frame, member) >= 0;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        int i = variables.find(frame, member);
        if (i < 0) {
            throw UnknownIdentifierException.create(member);
        }
        return variables.read(frame, i);
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return variables.getName();
    }
}
