package org.trufflemojo.interop;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.dsl.Cached;

import org.trufflemojo.MojoLanguage;

/**
 * A Mojo function as other languages see it: an executable whose arguments are converted to the
 * parameters' Mojo types at the call and whose result comes back in border form (see
 * {@link BorderCallRoot}). A struct's constructor is also instantiable.
 */
@ExportLibrary(InteropLibrary.class)
public final class MojoFunction implements TruffleObject {
    private final String name;
    /** The Mojo signature, for display and as the meta object's name: {@code fn add(a: Int, b: Int) -> Int}. */
    private final String signature;
    private final String typeName;
    /** The call through the border ({@link BorderCallRoot}). */
    private final CallTarget call;
    /** The Mojo function itself: what Mojo gets when this executable is passed back as a function value. */
    private final CallTarget target;
    private final boolean constructor;

    public MojoFunction(String name, String signature, String typeName, CallTarget call, CallTarget target, boolean constructor) {
        this.target = target;
        this.name = name;
        this.signature = signature;
        this.typeName = typeName;
        this.call = call;
        this.constructor = constructor;
    }

    String name() {
        return name;
    }

    String typeName() {
        return typeName;
    }

    CallTarget target() {
        return target;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    Object execute(Object[] arguments, @Cached.Shared("call") @Cached IndirectCallNode callNode) {
        return callNode.call(call, arguments);
    }

    @ExportMessage
    boolean isInstantiable() {
        return constructor;
    }

    @ExportMessage
    Object instantiate(Object[] arguments, @Cached.Shared("call") @Cached IndirectCallNode callNode) throws UnsupportedMessageException {
        if (!constructor) {
            throw UnsupportedMessageException.create();
        }
        return callNode.call(call, arguments);
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
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return new MojoType(typeName);
    }

    @ExportMessage
    boolean hasExecutableName() {
        return true;
    }

    @ExportMessage
    Object getExecutableName() {
        return name;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return signature;
    }
}
