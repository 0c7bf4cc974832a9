package org.trufflemojo.check;

import org.trufflemojo.syntax.Stmt;

/**
 * {@code alias Pair[T: AnyType] = Tuple[T, T]} or {@code alias Doubled[x: Int] = x * 2}: an alias
 * with compile-time parameters, expanded where it is used; declared in {@code module} (null: the program).
 */
public record AliasTemplate(Stmt.AliasDef syntax, String module) {
}
