package org.trufflemojo.core;

/**
 * An operation on a {@code Dict[K, V]}. The first operand is the dict (a view, or the place for the
 * ones that change it), except for NEW.
 */
public enum DictOpKind {
    /** operands: k1, v1, k2, v2, ... (owned): a new dict. */
    NEW,
    /**
     * operands: n (Int): a new empty dict whose index has n slots ({@code power_of_two_initial_capacity};
     * n must be a power of two).
     */
    NEW_WITH_CAPACITY,
    /** operands: dict, key, value (owned): inserts or replaces. */
    SET,
    /** operands: dict, key: the address of the value; raises KeyError if missing. */
    SLOT,
    /**
     * operands: dict, key taken from the dict's own keys ({@code for ref v in d.values()}): the
     * address of the value; cannot fail unless the loop removed the key, which is an error.
     */
    SLOT_OF_OWN_KEY,
    /** operands: dict, key, default (owned): the address of the value, inserting the default if missing ({@code setdefault}). */
    SLOT_OR_INSERT,
    /** operands: dict, key. */
    CONTAINS,
    LEN,
    /** operands: dict, key: an Optional holding a copy of the value ({@code get(k)}). */
    GET_OPTIONAL,
    /** operands: dict, key, default: a copy of the value, or the default if missing. */
    GET_OR,
    /** operands: dict, key: the value, moved out; raises KeyError if missing. */
    POP,
    /** operands: dict, key, default: the value moved out, or the default if missing. */
    POP_OR,
    /** operands: dict: the entry inserted last, as a (key, value) tuple; raises KeyError if empty. */
    POP_ITEM,
    CLEAR,
    /** operands: dict, other: copies every entry of other into dict. */
    UPDATE,
    /** A List of copies of the keys. */
    KEYS,
    /** A List of copies of the values. */
    VALUES,
    /** A List of (key, value) tuples of copies. */
    ITEMS,
    /** {@code String(d)}: {@code {k: v, ...}}. */
    STR,
    /** operands: dict: the number of slots of its index ({@code _reserved()}). */
    RESERVED;

    /** Whether the operation may raise an Error: a missing key (or an empty dict) raises KeyError. */
    public boolean mayRaise() {
        return switch (this) {
            case SLOT, POP, POP_ITEM -> true;
            case NEW, NEW_WITH_CAPACITY, RESERVED, SET, SLOT_OF_OWN_KEY, SLOT_OR_INSERT, CONTAINS, LEN, GET_OPTIONAL, GET_OR, POP_OR, CLEAR, UPDATE, KEYS, VALUES, ITEMS, STR -> false;
        };
    }
}
