package org.trufflemojo.check;

import java.util.HashMap;
import java.util.Map;

/** One lexical block of a function: names declared with {@code var} here (or implicitly, at function level). */
final class Scope {
    final Scope parent;
    final Map<String, Object> names = new HashMap<>();
    /**
     * The aliases declared here whose values are not constants (kept in hidden variables): a
     * nested function, which cannot see the variables, computes the value anew where it uses one.
     */
    final Map<String, MaterializedAlias> materializedAliases = new HashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    Object lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Object v = s.names.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
