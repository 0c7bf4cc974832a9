package org.trufflemojo.interop;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;

import org.trufflemojo.runtime.MojoError;

/**
 * A function of another language passed where Mojo expects a function value ({@code fn(Int) -> Int}):
 * Mojo calls it like any function; the arguments cross in border form and the result comes back
 * converted to the declared result type, or the call fails naming both types.
 */
final class ForeignFunctionRoot extends RootNode {
    private final String typeName;
    private final Object executable;
    @Children private final Border[] parameters;
    @Child private Border result;
    @Child private InteropLibrary interop;

    ForeignFunctionRoot(TruffleLanguage<?> language, String typeName, Object executable, Border[] parameters, Border result) {
        super(language);
        this.typeName = typeName;
        this.executable = executable;
        this.parameters = parameters;
        this.result = result;
        this.interop = InteropLibrary.getFactory().create(executable);
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        Object[] foreign = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            foreign[i] = parameters[i].export(arguments[i]);
        }
        Object returned;
        try {
            returned = interop.execute(executable, foreign);
        } catch (UnsupportedMessageException | ArityException | UnsupportedTypeException e) {
            CompilerDirectives.transferToInterpreter();
            throw new MojoError("a function of another language used as '" + typeName + "' could not be called: " + e.getMessage(), null);
        }
        try {
            return result.materialize(result.normalize(returned));
        } catch (Border.Mismatch e) {
            CompilerDirectives.transferToInterpreter();
            throw new MojoError("a function of another language used as '" + typeName + "' returned " + e.got + ", expected " + result.typeName(), null);
        }
    }

    @Override
    public String getName() {
        return typeName;
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
