package org.trufflemojo.interop;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;

import org.trufflemojo.MojoContext;
import org.trufflemojo.nodes.struct.LifecycleNodes;
import org.trufflemojo.runtime.MojoError;
import org.trufflemojo.runtime.MojoRaise;
import org.trufflemojo.runtime.MutResults;

/**
 * A call of a Mojo function from another language: converts each argument to its parameter's type,
 * calls the function directly, and gives back its result in border form. What the border made for
 * the call is destroyed after it as Mojo's conventions say: a {@code read} argument's value is the
 * border's, a {@code mut} argument's final value too, a {@code var} argument's belongs to the callee;
 * the result is the border's once exported.
 */
public final class BorderCallRoot extends RootNode {
    /** One parameter: its name, whether the callee may change it ({@code mut}) or takes it over ({@code var}). */
    public record Parameter(String name, boolean mut, boolean owned) {
    }

    private final String functionName;
    /** Why the function cannot be called from another language yet, or null. */
    private final String unsupported;
    private final Parameter[] parameters;
    @Children private final Border[] borders;
    /** How each argument's type is destroyed (null where that does nothing). */
    @Children private final LifecycleNodes.DestroyValue[] destroys;
    @Child private Border result;
    @Child private LifecycleNodes.DestroyValue destroyResult;
    @Child private DirectCallNode call;

    public BorderCallRoot(TruffleLanguage<?> language, String functionName, Parameter[] parameters, Border[] borders, LifecycleNodes.DestroyValue[] destroys,
                    Border result, LifecycleNodes.DestroyValue destroyResult, CallTarget target) {
        super(language);
        this.functionName = functionName;
        this.parameters = parameters;
        this.borders = borders;
        this.destroys = destroys;
        this.result = result;
        this.destroyResult = destroyResult;
        this.call = DirectCallNode.create(target);
        this.unsupported = unsupportedType();
    }

    /** The first type that cannot cross yet, for the message a call gives; null if all can. */
    private String unsupportedType() {
        for (Border b : borders) {
            if (!b.isSupported()) {
                return "its argument type '" + b.typeName() + "'";
            }
        }
        return result.isSupported() ? null : "its result type '" + result.typeName() + "'";
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        if (arguments.length != borders.length) {
            CompilerDirectives.transferToInterpreter();
            throw new MojoError("invalid call to '" + functionName + "': expected " + borders.length + " argument" + (borders.length == 1 ? "" : "s")
                            + ", got " + arguments.length, null);
        }
        if (unsupported != null) {
            CompilerDirectives.transferToInterpreter();
            throw new MojoError("'" + functionName + "' cannot be called from another language yet: " + unsupported, null);
        }
        Object[] borderArguments = new Object[borders.length];
        Object[] mojoArguments = new Object[borders.length];
        int made = 0;
        boolean called = false;
        try {
            for (int i = 0; i < borders.length; i++) {
                borderArguments[i] = normalize(i, arguments[i]);
                mojoArguments[i] = parameters[i].owned() ? borders[i].materializeOwned(borderArguments[i]) : borders[i].materialize(borderArguments[i]);
                made = i + 1;
            }
            called = true;
            Object returned = call.call(mojoArguments);
            Object value = MutResults.resultOf(returned);
            for (int i = 0; i < borders.length; i++) {
                if (parameters[i].mut() && returned instanceof MutResults m && m.finalValue(i) != null) {
                    mojoArguments[i] = m.finalValue(i); // the callee's final value replaced the one passed
                }
                if (parameters[i].mut()) {
                    borders[i].writeBack(borderArguments[i], mojoArguments[i]);
                }
            }
            Object exported = result.export(value);
            if (destroyResult != null && !result.holdsValues()) {
                destroyResult.execute(value);
            }
            return exported;
        } catch (MojoRaise e) {
            e.toError(); // the other language gets the message; a typed error's value has no one left to hold it
            throw e;
        } finally {
            MojoContext.get(this).flush(); // (what the function printed shows before the caller goes on)
            for (int i = 0; i < borders.length; i++) {
                if (i >= made) {
                    break;
                }
                // (before the call nothing was handed over; after it, a `var` argument is the callee's)
                // (a handle's value is only lent to a read or mut parameter: the handle keeps it)
                if (destroys[i] != null && (!called || !parameters[i].owned()) && (parameters[i].owned() || !borders[i].holdsValues())) {
                    destroys[i].execute(mojoArguments[i]);
                }
            }
        }
    }

    private Object normalize(int i, Object argument) {
        try {
            return borders[i].normalize(argument);
        } catch (Border.Mismatch e) {
            CompilerDirectives.transferToInterpreter();
            throw new MojoError("argument '" + parameters[i].name() + "' of '" + functionName + "': expected " + borders[i].typeName() + ", got " + e.got, null);
        }
    }

    @Override
    public String getName() {
        return functionName;
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
