package org.trufflemojo.runtime;

import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** A method read as a member ({@code list.append}): executing it invokes the member on its receiver. */
@ExportLibrary(InteropLibrary.class)
public final class BoundMethod implements TruffleObject {
    final Object receiver;
    final String name;

    public BoundMethod(Object receiver, String name) {
        this.receiver = receiver;
        this.name = name;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    Object execute(Object[] arguments, @CachedLibrary("this.receiver") InteropLibrary receivers)
                    throws UnsupportedMessageException, ArityException, UnsupportedTypeException {
        try {
            return receivers.invokeMember(receiver, name, arguments);
        } catch (UnknownIdentifierException e) {
            throw UnsupportedMessageException.create(e);
        }
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return name;
    }
}
