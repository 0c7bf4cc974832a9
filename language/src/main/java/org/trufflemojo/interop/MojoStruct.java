package org.trufflemojo.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.trufflemojo.runtime.BoundMethod;
import org.trufflemojo.runtime.MemberNames;

/**
 * A value of a struct that owns native memory (a String or List field) that crossed the border: its
 * fields in border form, on the Java heap, like {@link MojoList}. Fields are read and written
 * (converted to their types); a method call makes a Mojo struct of the fields for the call, and a
 * {@code mut self} method's changes come back into this object.
 */
@ExportLibrary(InteropLibrary.class)
public final class MojoStruct extends MojoValue {
    final Object[] fields;

    MojoStruct(ContainerBorders.OwningStructBorder border, Object[] fields) {
        super(border);
        this.fields = fields;
    }

    private ContainerBorders.OwningStructBorder struct() {
        return (ContainerBorders.OwningStructBorder) border;
    }

    @Override
    @TruffleBoundary
    String text() {
        StringBuilder sb = new StringBuilder(typeName()).append('(');
        for (int i = 0; i < fields.length; i++) {
            sb.append(i > 0 ? ", " : "").append(struct().fieldName(i)).append('=').append(Border.elementText(fields[i]));
        }
        return sb.append(')').toString();
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new MemberNames(struct().memberNames());
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return struct().fieldIndex(member) >= 0 || struct().method(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        return struct().fieldIndex(member) >= 0;
    }

    @ExportMessage
    boolean isMemberInsertable(@SuppressWarnings("unused") String member) {
        return false;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInvocable(String member) {
        return struct().fieldIndex(member) < 0 && struct().method(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        int i = struct().fieldIndex(member);
        if (i >= 0) {
            return fields[i];
        }
        if (struct().method(member) != null) {
            return new BoundMethod(this, member);
        }
        throw UnknownIdentifierException.create(member);
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) throws UnknownIdentifierException, UnsupportedTypeException {
        int i = struct().fieldIndex(member);
        if (i < 0) {
            throw UnknownIdentifierException.create(member);
        }
        Border field = struct().field(i);
        try {
            fields[i] = field.normalize(value);
        } catch (Border.Mismatch e) {
            throw UnsupportedTypeException.create(new Object[]{value}, "field '" + member + "' of '" + typeName() + "' is a " + field.typeName() + ", got " + e.got);
        }
    }

    /** {@code s.method(args)}: the method's executable called with this struct as self. */
    @ExportMessage
    @TruffleBoundary
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, UnsupportedMessageException, ArityException,
                    UnsupportedTypeException {
        Object method = struct().fieldIndex(member) < 0 ? struct().method(member) : null;
        if (method == null) {
            throw UnknownIdentifierException.create(member);
        }
        Object[] withSelf = new Object[arguments.length + 1];
        withSelf[0] = this;
        System.arraycopy(arguments, 0, withSelf, 1, arguments.length);
        return InteropLibrary.getUncached().execute(method, withSelf);
    }
}
