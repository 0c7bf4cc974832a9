package org.trufflemojo.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.trufflemojo.MojoContext;
import org.trufflemojo.runtime.BoundMethod;
import org.trufflemojo.runtime.MemberNames;
import org.trufflemojo.runtime.MojoError;
import org.trufflemojo.runtime.StructObject;

/**
 * A value of a struct with its own lifecycle, owned by another language through this handle (see
 * {@link StructHandleBorder}). Its members are the struct's fields and methods, and {@code release}
 * (unless the struct has a member of that name), which runs the struct's destructor; a released
 * handle can no longer be used.
 */
@ExportLibrary(InteropLibrary.class)
public final class MojoStructHandle extends MojoValue {
    static final String RELEASE = "release";

    private StructObject value;

    MojoStructHandle(StructHandleBorder border, StructObject value) {
        super(border);
        this.value = value;
    }

    /** The Mojo value, for a call that borrows it. */
    @TruffleBoundary
    StructObject value() {
        if (value == null) {
            throw new MojoError("this '" + typeName() + "' was released and cannot be used any more", null);
        }
        return value;
    }

    /** Destroys the value (once: a second release does nothing). */
    @TruffleBoundary
    public void release() {
        if (value != null) {
            StructObject held = value;
            value = null;
            MojoContext.get(null).stopHolding(this);
            ((StructHandleBorder) border).destroy(held);
        }
    }

    private boolean releaseIsOurs() {
        return value == null || value.layout.fieldIndex(RELEASE) < 0 && value.layout.method(RELEASE) == null;
    }

    @Override
    @TruffleBoundary
    String text() {
        return value == null ? typeName() + "(released)" : typeName() + "(...)";
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) throws UnsupportedMessageException {
        if (value == null) {
            return new MemberNames(new String[]{RELEASE});
        }
        InteropLibrary members = InteropLibrary.getUncached();
        Object names = members.getMembers(value, includeInternal);
        java.util.List<String> all = new java.util.ArrayList<>();
        try {
            for (long i = 0; i < members.getArraySize(names); i++) {
                all.add(members.asString(members.readArrayElement(names, i)));
            }
        } catch (com.oracle.truffle.api.interop.InvalidArrayIndexException e) {
            throw UnsupportedMessageException.create(e);
        }
        if (releaseIsOurs()) {
            all.add(RELEASE);
        }
        return new MemberNames(all.toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return member.equals(RELEASE) && releaseIsOurs() || value != null && InteropLibrary.getUncached().isMemberReadable(value, member);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInvocable(String member) {
        return member.equals(RELEASE) && releaseIsOurs() || value != null && InteropLibrary.getUncached().isMemberInvocable(value, member);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        return value != null && InteropLibrary.getUncached().isMemberModifiable(value, member);
    }

    @ExportMessage
    boolean isMemberInsertable(@SuppressWarnings("unused") String member) {
        return false;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException, UnsupportedMessageException {
        if (member.equals(RELEASE) && releaseIsOurs()) {
            return new BoundMethod(this, RELEASE);
        }
        return InteropLibrary.getUncached().readMember(value(), member);
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object v) throws UnknownIdentifierException, UnsupportedMessageException, UnsupportedTypeException {
        InteropLibrary.getUncached().writeMember(value(), member, v);
    }

    @ExportMessage
    @TruffleBoundary
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, UnsupportedMessageException, ArityException,
                    UnsupportedTypeException {
        if (member.equals(RELEASE) && releaseIsOurs()) {
            if (arguments.length != 0) {
                throw ArityException.create(0, 0, arguments.length);
            }
            release();
            return org.trufflemojo.nodes.builtin.MojoNone.INSTANCE;
        }
        return InteropLibrary.getUncached().invokeMember(value(), member, arguments);
    }
}
