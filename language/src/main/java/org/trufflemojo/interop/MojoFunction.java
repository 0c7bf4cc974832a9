package org.trufflemojo.interop;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.trufflemojo.MojoContext;
import org.trufflemojo.MojoLanguage;
import org.trufflemojo.nodes.builtin.MojoNone;
import org.trufflemojo.runtime.MojoError;
import org.trufflemojo.runtime.MutResults;
import org.trufflemojo.runtime.NativeMemory;
import org.trufflemojo.runtime.NativeString;
import org.trufflemojo.runtime.StringOps;
import org.trufflemojo.runtime.StructObject;

/**
 * A top-level Mojo function as other languages see it: an executable whose arguments are converted
 * to the parameters' Mojo types at the call and whose result is converted back. Arguments are
 * passed as Mojo passes them: a String made for a {@code read} argument is freed after the call,
 * one made for a {@code var} argument belongs to the callee.
 */
@ExportLibrary(InteropLibrary.class)
public final class MojoFunction implements TruffleObject {
    /** One parameter: its name, how its values cross the border, and whether the callee owns what it gets. */
    record Parameter(String name, BorderType type, String mojoType, boolean owned) {
    }

    private final String name;
    private final CallTarget target;
    private final Parameter[] parameters;
    private final BorderType result;
    private final String resultMojoType;
    private final boolean constructor;

    MojoFunction(String name, CallTarget target, Parameter[] parameters, BorderType result, String resultMojoType, boolean constructor) {
        this.constructor = constructor;
        this.name = name;
        this.target = target;
        this.parameters = parameters;
        this.result = result;
        this.resultMojoType = resultMojoType;
    }

    String name() {
        return name;
    }

    /** The executable for a checked top-level function and its call target. */
    public static MojoFunction of(org.trufflemojo.typed.Function f, CallTarget target) {
        Parameter[] parameters = new Parameter[f.params.size()];
        for (int i = 0; i < parameters.length; i++) {
            org.trufflemojo.typed.Local p = f.params.get(i);
            boolean owned = p.convention == org.trufflemojo.syntax.Stmt.Convention.VAR || p.convention == org.trufflemojo.syntax.Stmt.Convention.DEINIT;
            parameters[i] = new Parameter(p.name, BorderType.of(p.type), p.type.name(), owned);
        }
        boolean constructor = f.owner != null && f.name.equals("__init__");
        return new MojoFunction(constructor ? f.owner.name() : f.name, target, parameters, BorderType.of(f.resultType), f.resultType.name(), constructor);
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    /** A struct's constructor is also instantiable: {@code module.Point.newInstance(1, 2)}. */
    @ExportMessage
    boolean isInstantiable() {
        return constructor;
    }

    @ExportMessage
    Object instantiate(Object[] arguments) throws UnsupportedMessageException {
        if (!constructor) {
            throw UnsupportedMessageException.create();
        }
        return execute(arguments);
    }

    @ExportMessage
    @TruffleBoundary
    Object execute(Object[] arguments) {
        // (wrong calls are Mojo errors, so every language sees the message, not a host exception)
        if (arguments.length != parameters.length) {
            throw new MojoError("invalid call to '" + name + "': expected " + parameters.length + " argument" + (parameters.length == 1 ? "" : "s")
                            + ", got " + arguments.length, null);
        }
        if (result == BorderType.UNSUPPORTED) {
            throw new MojoError("'" + name + "' cannot be called from another language yet: its result has type '" + resultMojoType + "'", null);
        }
        NativeMemory memory = MojoContext.get(null).memory();
        Object[] mojoArguments = new Object[parameters.length];
        try {
            for (int i = 0; i < parameters.length; i++) {
                mojoArguments[i] = toMojo(parameters[i], arguments[i], memory);
            }
            Object returned = MutResults.resultOf(target.call(mojoArguments));
            return fromMojo(returned, memory);
        } finally {
            // the Strings made for `read` arguments are the caller's, the border's: freed here
            for (int i = 0; i < parameters.length; i++) {
                if (mojoArguments[i] instanceof NativeString s && !parameters[i].owned()) {
                    StringOps.free(memory, s, null);
                }
            }
        }
    }

    private Object toMojo(Parameter p, Object value, NativeMemory memory) {
        InteropLibrary interop = InteropLibrary.getUncached(value);
        try {
            switch (p.type()) {
                case INT, UINT -> {
                    if (interop.fitsInLong(value)) {
                        return interop.asLong(value);
                    }
                }
                case FLOAT -> {
                    if (interop.fitsInDouble(value)) {
                        return interop.asDouble(value);
                    }
                }
                case BOOL -> {
                    if (interop.isBoolean(value)) {
                        return interop.asBoolean(value);
                    }
                }
                case STRING -> {
                    if (interop.isString(value)) {
                        return StringOps.fromJava(memory, interop.asString(value), null);
                    }
                }
                case STRUCT -> {
                    if (value instanceof StructObject s && s.layout.name.equals(p.mojoType())) {
                        return value; // a Mojo value passed back unchanged
                    }
                }
                default -> throw new MojoError("'" + name + "' cannot be called from another language yet: its argument '" + p.name()
                                + "' has type '" + p.mojoType() + "'", null);
            }
        } catch (UnsupportedMessageException e) {
            // reported below
        }
        throw new MojoError("invalid call to '" + name + "': argument '" + p.name() + "' must be a Mojo '" + p.mojoType() + "', got "
                        + describe(value), null);
    }

    private Object fromMojo(Object value, NativeMemory memory) {
        if (value instanceof NativeString s) {
            String text = StringOps.toJava(s);
            StringOps.free(memory, s, null); // the result was the caller's: the border keeps its text only
            return text;
        }
        return result == BorderType.NONE || value == null ? MojoNone.INSTANCE : value;
    }

    private static String describe(Object value) {
        InteropLibrary interop = InteropLibrary.getUncached(value);
        return interop.isString(value) ? "a string" : interop.isNumber(value) ? "a number" : interop.isBoolean(value) ? "a boolean"
                        : interop.isNull(value) ? "null" : String.valueOf(interop.toDisplayString(value));
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
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        StringBuilder sb = new StringBuilder("fn ").append(name).append('(');
        for (int i = 0; i < parameters.length; i++) {
            sb.append(i > 0 ? ", " : "").append(parameters[i].name()).append(": ").append(parameters[i].mojoType());
        }
        return sb.append(") -> ").append(resultMojoType).toString();
    }
}
