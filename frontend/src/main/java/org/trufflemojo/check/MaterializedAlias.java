package org.trufflemojo.check;

import org.trufflemojo.syntax.Expr;

/**
 * A module-level {@code alias NAME = value} whose value is not a constant the checker folds (a
 * List, a struct value): as in Mojo, the value is materialized where the alias is used, so each
 * use checks and computes the expression anew. {@code type} is the declared type, or null.
 */
record MaterializedAlias(Expr value, Expr type) {
}
