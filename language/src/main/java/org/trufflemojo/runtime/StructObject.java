package org.trufflemojo.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.trufflemojo.MojoLanguage;

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

    // Seen from other languages and tools: an object whose members are its fields (read-only here;
    // a String field is read as a copy of its text, the struct keeps its own).

    @ExportMessage
    final boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    final Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        String[] names = new String[layout.fieldCount()];
        for (int i = 0; i < names.length; i++) {
            names[i] = layout.fieldName(i);
        }
        return new MemberNames(names);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberReadable(String member) {
        return layout.fieldIndex(member) >= 0;
    }

    @ExportMessage
    @TruffleBoundary
    final Object readMember(String member) throws UnknownIdentifierException {
        int i = layout.fieldIndex(member);
        if (i < 0) {
            throw UnknownIdentifierException.create(member);
        }
        Object v = layout.read(this, i);
        return v instanceof NativeString s ? StringOps.toJava(s) : v;
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
                            .append(v instanceof NativeString s ? "'" + StringOps.toJava(s) + "'" : InteropLibrary.getUncached().toDisplayString(v));
        }
        return sb.append(')').toString();
    }
}
