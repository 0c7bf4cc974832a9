package org.trufflemojo.runtime;

/**
 * What a call of a function with {@code mut} arguments returns: its result and the final values of
 * those arguments (by argument index; null for the others), which the caller stores back into the
 * places it passed. (The arguments array itself must not carry them back: compiled code may
 * speculate on the types of its elements and not see the callee's stores.)
 */
public final class MutResults {
    public final Object result;
    private final Object[] finalValues;

    public MutResults(Object result, Object[] finalValues) {
        this.result = result;
        this.finalValues = finalValues;
    }

    public Object finalValue(int argument) {
        return finalValues[argument];
    }

    /** The result of a call, whether or not the callee had {@code mut} arguments. */
    public static Object resultOf(Object returned) {
        return returned instanceof MutResults m ? m.result : returned;
    }
}
