# The hashlib module: Hasher, the state of a hash function that values are fed to, and the
# hashers the standard library provides. A struct is hashable with any hasher when it has
# `fn __hash__[H: Hasher](self, mut hasher: H)`, feeding its parts to `hasher.update(...)`;
# hash(value) and Dict keys of that struct hash it with default_hasher.
# (A Dict takes a hasher as its third parameter, Dict[K, V, H]; here every Dict hashes its keys
# with its own table's function, so H is accepted and checked but does not change the hashes.)


trait Hasher:
    """The state of a hash function: values are fed to it with update, finish gives their hash."""

    fn __init__(out self):
        ...

    fn update[T: Hashable](mut self, value: T):
        ...

    fn finish(var self) -> UInt64:
        ...


struct Fnv1a(Hasher, Movable):
    """The 64-bit FNV-1a hash function, fed the 8 bytes of each value's hash."""

    var _value: UInt64

    fn __init__(out self):
        self._value = 0xCBF29CE484222325  # the FNV offset basis

    fn _update_with_word(mut self, word: UInt64):
        var rest = word
        for _ in range(8):
            self._value = (self._value ^ (rest & 0xFF)) * 0x100000001B3  # the FNV prime
            rest >>= 8

    fn update[T: Hashable](mut self, value: T):
        """Feeds value to the hash: its own hash (`hash(value)`) is mixed into the state."""
        self._update_with_word(UInt64(hash(value)))

    fn finish(var self) -> UInt64:
        """The hash of the values fed so far."""
        return self._value


alias default_hasher = Fnv1a
"""The hasher hash() and Dict use."""

alias default_comp_time_hasher = Fnv1a
"""The hasher for values computed at compile time (the same function here)."""


fn _hash_with_default_hasher[T: AnyType](value: T) -> UInt:
    """The hash of a value whose __hash__ feeds a hasher: what hash(value) and a Dict key's hash are."""
    var hasher = default_hasher()
    value.__hash__(hasher)
    return UInt(hasher^.finish())
