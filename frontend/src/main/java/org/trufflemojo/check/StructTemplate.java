package org.trufflemojo.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.trufflemojo.syntax.Stmt;
import org.trufflemojo.typed.types.StructType;

/**
 * A parametric struct {@code struct Box[T: Copyable]}: a struct type is made per set of compile-time
 * arguments. {@code module} is the standard-library module it is declared in, or null.
 */
public record StructTemplate(Stmt.StructDef syntax, String module, Map<List<Object>, StructType> instances) {
    public StructTemplate(Stmt.StructDef syntax, String module) {
        this(syntax, module, new HashMap<>());
    }

    public String name() {
        return syntax.name();
    }
}
