package org.trufflemojo.syntax;

/**
 * The Mojo a program is written in. The parser accepts the union of both spellings; where the two
 * differ in meaning (in 1.x a struct is {@code Movable} without saying so), the dialect decides.
 */
public enum Dialect {
    MOJO_25, MOJO_1;

    /**
     * A message about a program in this dialect, with the types named as it names them: the types
     * themselves are shared by both dialects, and 1.x renamed {@code InlineArray} to {@code Array}
     * and {@code EqualityComparable} to {@code Equatable}.
     */
    public String spellTypes(String message) {
        return this == MOJO_1 ? message.replace("InlineArray[", "Array[").replace("'EqualityComparable'", "'Equatable'") : message;
    }
}
