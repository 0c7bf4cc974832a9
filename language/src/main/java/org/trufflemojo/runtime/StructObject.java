package org.trufflemojo.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.trufflemojo.MojoLanguage;
import org.trufflemojo.core.DType;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * An instance of a Mojo struct. Its fields are generated per struct type by the Truffle Static
 * Object Model (typed Java fields, so an Int field is a plain {@code long}); compiled code reads
 * and writes them directly, and Graal's escape analysis can keep short-lived instances in registers.
 */
@ExportLibrary(InteropLibrary.class)
public class StructObject implements TruffleObject {
    public final StructLayout layout;

    public StructObject(StructLayout layout) {
        this.layout = layout;
    }

    /** The factory interface the static shape implements. */
    public interface Factory {
        StructObject create(StructLayout layout);
    }

    @Override
    public String toString() {
        return layout.name;
    }

    // Seen from other languages and tools: an object whose members are its fields (a String field
    // is read as a copy of its text, the struct keeps its own).

    @ExportMessage
    final boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    final Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < layout.fieldCount(); i++) {
            names.add(layout.fieldName(i));
        }
        names.addAll(layout.methodNames());
        return new MemberNames(names.toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberReadable(String member) {
        return layout.fieldIndex(member) >= 0 || layout.method(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberInvocable(String member) {
        return layout.fieldIndex(member) < 0 && layout.method(member) != null;
    }

    /** {@code p.method(args)}: the method's executable called with this struct as self. */
    @ExportMessage
    @TruffleBoundary
    final Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, UnsupportedMessageException, ArityException,
                    UnsupportedTypeException {
        Object method = layout.fieldIndex(member) < 0 ? layout.method(member) : null;
        if (method == null) {
            throw UnknownIdentifierException.create(member);
        }
        Object[] withSelf = new Object[arguments.length + 1];
        withSelf[0] = this;
        System.arraycopy(arguments, 0, withSelf, 1, arguments.length);
        return InteropLibrary.getUncached().execute(method, withSelf);
    }

    @ExportMessage
    @TruffleBoundary
    final Object readMember(String member) throws UnknownIdentifierException {
        int i = layout.fieldIndex(member);
        if (i < 0) {
            if (layout.method(member) != null) {
                return new BoundMethod(this, member);
            }
            throw UnknownIdentifierException.create(member);
        }
        Object v = layout.read(this, i);
        return v instanceof NativeString s ? StringOps.toJava(s) : v;
    }

    /**
     * A number or Bool field can be assigned (the struct that crossed the border is its receiver's
     * own value, as in Mojo a {@code var} field of an owned value can be); the value must fit the
     * field's type. Fields holding other structs are read-only: assigning one would share it.
     */
    @ExportMessage
    @TruffleBoundary
    final boolean isMemberModifiable(String member) {
        int i = layout.fieldIndex(member);
        return i >= 0 && layout.fieldDType(i) != null;
    }

    @ExportMessage
    final boolean isMemberInsertable(@SuppressWarnings("unused") String member) {
        return false;
    }

    @ExportMessage
    @TruffleBoundary
    final void writeMember(String member, Object value) throws UnknownIdentifierException, UnsupportedMessageException, UnsupportedTypeException {
        int i = layout.fieldIndex(member);
        if (i < 0) {
            throw UnknownIdentifierException.create(member);
        }
        DType dtype = layout.fieldDType(i);
        if (dtype == null) {
            throw UnsupportedMessageException.create();
        }
        Object converted = fieldValue(dtype, value);
        if (converted == null) {
            throw UnsupportedTypeException.create(new Object[]{value}, "field '" + member + "' of '" + layout.name + "' is a " + dtype.mojoName);
        }
        layout.write(this, i, converted);
    }

    /** The value as a field of that number type holds it, or null if it does not fit. */
    private static Object fieldValue(DType dtype, Object value) throws UnsupportedMessageException {
        InteropLibrary interop = InteropLibrary.getUncached(value);
        if (dtype == DType.BOOL) {
            return interop.isBoolean(value) ? interop.asBoolean(value) : null;
        }
        if (dtype.isFloat()) {
            return interop.fitsInDouble(value) ? dtype.round(interop.asDouble(value)) : null;
        }
        if (!interop.fitsInLong(value)) {
            return null;
        }
        long v = interop.asLong(value);
        return (dtype.isUnsigned64() ? v >= 0 : dtype.wrap(v) == v) ? v : null;
    }

    @ExportMessage
    final boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    final Object getMetaObject() {
        return new org.trufflemojo.interop.MojoType(layout.name);
    }

    @ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    final Class<? extends TruffleLanguage<?>> getLanguage() {
        return MojoLanguage.class;
    }

    /** As Mojo's fieldwise representation would show it: {@code Point(x=1, y=2)}. */
    @ExportMessage
    @TruffleBoundary
    final Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        StringBuilder sb = new StringBuilder(layout.name).append('(');
        for (int i = 0; i < layout.fieldCount(); i++) {
            Object v = layout.read(this, i);
            sb.append(i > 0 ? ", " : "").append(layout.fieldName(i)).append('=')
                            .append(v == null ? "<uninitialized>" // (a debugger looking at self in __init__)
                                            : v instanceof NativeString s ? "'" + StringOps.toJava(s) + "'" : InteropLibrary.getUncached().toDisplayString(v));
        }
        return sb.append(')').toString();
    }
}
