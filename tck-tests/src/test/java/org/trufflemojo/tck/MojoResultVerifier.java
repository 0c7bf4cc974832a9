package org.trufflemojo.tck;

import java.util.List;
import java.util.function.Predicate;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.tck.ResultVerifier;
import org.graalvm.polyglot.tck.TypeDescriptor;

/**
 * The TCK's default verifier, adjusted to a statically typed language. The TCK types parameters
 * coarsely ({@code NUMBER} is any number), so it passes values a Mojo parameter does not take: 1.5
 * or {@code Float.MAX_VALUE} to an {@code Int}, a {@code long} beyond 2^53 to a {@code Float64}, an
 * array of doubles to a {@code List[Int]}. Mojo rejects those at the call with its conversion error
 * ("argument 'a' of 'f': expected Int, got Float64"), as its type checker would; that case cannot
 * apply to Mojo, so the verifier accepts it, and only when every parameter is of the declared TCK
 * type (when one is not, the TCK expects the error, and it is rethrown). A snippet may also name
 * inputs on which Mojo fails at run time (an integer division by zero).
 */
final class MojoResultVerifier implements ResultVerifier {
    private final List<TypeDescriptor> parameterTypes;
    private final Predicate<List<? extends Value>> mayFail;

    MojoResultVerifier(List<TypeDescriptor> parameterTypes, Predicate<List<? extends Value>> mayFail) {
        this.parameterTypes = parameterTypes;
        this.mayFail = mayFail;
    }

    @Override
    public void accept(SnippetRun run) throws PolyglotException {
        PolyglotException exception = run.getException();
        if (exception == null) {
            ResultVerifier.getDefaultResultVerifier().accept(run);
            return;
        }
        if (parametersHaveDeclaredTypes(run.getParameters()) && exception.isGuestException()
                        && (isStricterConversion(exception) || mayFail.test(run.getParameters()))) {
            return;
        }
        throw exception;
    }

    private boolean parametersHaveDeclaredTypes(List<? extends Value> parameters) {
        for (int i = 0; i < parameterTypes.size(); i++) {
            if (!parameterTypes.get(i).isAssignable(TypeDescriptor.forValue(parameters.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Mojo's refusal of an argument its parameter's type does not hold. */
    private static boolean isStricterConversion(PolyglotException e) {
        String message = e.getMessage();
        return message != null && message.startsWith("error: argument '") && message.contains(": expected ");
    }
}
