package org.trufflemojo.interop;

import java.util.Map;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.trufflemojo.MojoLanguage;

/**
 * What evaluating a Mojo source gives: the module, whose members are its top-level functions.
 * Evaluating does not run {@code main}; executing the module runs the program (main, then the
 * flush of its output and the leak report), which is what the {@code mojo} command does.
 */
@ExportLibrary(InteropLibrary.class)
public final class MojoModule implements TruffleObject {
    private final String name;
    private final Map<String, MojoFunction> functions;
    private final CallTarget program;

    public MojoModule(String name, Map<String, MojoFunction> functions, CallTarget program) {
        this.name = name;
        this.functions = functions;
        this.program = program;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    Object execute(Object[] arguments) throws ArityException {
        if (arguments.length != 0) {
            throw ArityException.create(0, 0, arguments.length);
        }
        return program.call();
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new org.trufflemojo.runtime.MemberNames(functions.keySet().toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return functions.containsKey(member);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInvocable(String member) {
        return functions.containsKey(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        MojoFunction f = functions.get(member);
        if (f == null) {
            throw UnknownIdentifierException.create(member);
        }
        return f;
    }

    @ExportMessage
    Object invokeMember(String member, Object[] arguments, @CachedLibrary(limit = "3") InteropLibrary functions)
                    throws UnknownIdentifierException, UnsupportedMessageException, ArityException, UnsupportedTypeException {
        return functions.execute(readMember(member), arguments);
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return MojoLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "<module " + name + ">";
    }
}
