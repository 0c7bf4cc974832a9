package org.trufflemojo.typed.types;

import java.util.List;

import org.trufflemojo.syntax.Stmt;

/** A trait: a named set of required methods that structs declare conformance to. */
public record Trait(String name, Stmt.TraitDef syntax, List<String> parents) {
    /** Built-in traits whose conformance the compiler understands (lifecycle synthesis, printing, ...). */
    public static Trait builtin(String name) {
        return new Trait(name, null, List.of());
    }
}
