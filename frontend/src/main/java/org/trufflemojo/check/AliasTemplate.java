package org.trufflemojo.check;

import org.trufflemojo.syntax.Stmt;

/** {@code alias Pair[T: AnyType] = Tuple[T, T]}: an alias with compile-time parameters, expanded where it is used. */
public record AliasTemplate(Stmt.AliasDef syntax) {
}
