package org.trufflemojo.builder;

import java.util.IdentityHashMap;
import java.util.Map;

import com.oracle.truffle.api.CallTarget;

import org.trufflemojo.typed.Function;

/**
 * The call target of every function of the program being built. All are created before any body
 * is built, so calls (also recursive and mutually recursive ones) bind their target directly.
 */
final class CallTargets {
    private final Map<Function, CallTarget> targets = new IdentityHashMap<>();

    void put(Function function, CallTarget target) {
        targets.put(function, target);
    }

    CallTarget of(Function function) {
        CallTarget target = targets.get(function);
        if (target == null) {
            throw new IllegalStateException("no call target was made for " + function.displayName());
        }
        return target;
    }
}
