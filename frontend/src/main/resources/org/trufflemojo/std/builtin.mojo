# Built-in functions every module sees without an import, where the signature says what they take.
# (print, len, min, max, pow, repr, hash, range, enumerate, reversed and sort are typed by the
# compiler, from their arguments.)


@primitive("INT_ABS")
fn abs(x: Int) -> Int:
    """The absolute value."""
    ...


@primitive("FLOAT_ABS")
fn abs(x: Float64) -> Float64:
    ...


fn abs(x: UInt) -> UInt:
    return x


@intrinsic("builtin.round")
fn round(x: Float64) -> Float64:
    """The nearest integral value, halfway cases away from zero."""
    ...


fn round(x: Int) -> Int:
    return x


@intrinsic("builtin.ord")
fn ord(s: String) -> Int:
    """The Unicode code point of the single character s."""
    ...


@intrinsic("builtin.chr")
fn chr(c: Int) -> String:
    """The one-character string of the code point c."""
    ...


@primitive("STR_TO_INT")
fn atol(s: String) raises -> Int:
    """The Int the text spells; raises if it spells none."""
    ...


@primitive("STR_TO_FLOAT")
fn atof(s: String) raises -> Float64:
    """The Float64 the text spells; raises if it spells none."""
    ...


fn index[T: AnyType, //](idx: T) -> Int:
    """The value as an index: what its __index__ says."""
    return idx.__index__()


fn any[I: AnyType](values: I) -> Bool:
    """Whether any of the iterable's values is true."""
    for value in values:
        if value:
            return True
    return False


fn all[I: AnyType](values: I) -> Bool:
    """Whether all of the iterable's values are true (True for none)."""
    for value in values:
        if not value:
            return False
    return True
