package org.trufflemojo.check;

import org.trufflemojo.syntax.Expr;
import org.trufflemojo.typed.types.StructType;

/**
 * A module-level {@code alias NAME = value} whose value is not a constant the checker folds (a
 * List, a struct value): as in Mojo, the value is materialized where the alias is used, so each
 * use checks and computes the expression anew. {@code type} is the declared type, or null.
 * {@code constructs} is set for a struct's own constant made by its constructor
 * ({@code alias PASS = Self(0)}): the call is of that struct's {@code __init__}, wherever it is used.
 */
record MaterializedAlias(Expr value, Expr type, StructType constructs) {
    MaterializedAlias(Expr value, Expr type) {
        this(value, type, null);
    }
}
