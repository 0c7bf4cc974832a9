package org.trufflemojo.syntax;

/**
 * The Mojo a program is written in. The parser accepts the union of both spellings; where the two
 * differ in meaning (in 1.x a struct is {@code Movable} without saying so), the dialect decides.
 */
public enum Dialect {
    MOJO_25, MOJO_1
}
