# Static members and methods of the built-in Bool.

alias MIN = False
alias MAX = True


@primitive("BOOL_NOT")
fn __invert__(self: Bool) -> Bool:
    ...


@primitive("BOOL_EQ")
fn __eq__(self: Bool, rhs: Bool) -> Bool:
    ...


@primitive("BOOL_NE")
fn __ne__(self: Bool, rhs: Bool) -> Bool:
    ...


@primitive("BOOL_AND")
fn __and__(self: Bool, rhs: Bool) -> Bool:
    ...


@primitive("BOOL_OR")
fn __or__(self: Bool, rhs: Bool) -> Bool:
    ...


@primitive("BOOL_XOR")
fn __xor__(self: Bool, rhs: Bool) -> Bool:
    ...


fn __bool__(self: Bool) -> Bool:
    return self


fn __as_bool__(self: Bool) -> Bool:
    return self


@primitive("BOOL_TO_INT")
fn __int__(self: Bool) -> Int:
    ...


@primitive("BOOL_TO_INT")
fn __index__(self: Bool) -> Int:
    ...


@primitive("BOOL_TO_FLOAT")
fn __float__(self: Bool) -> Float64:
    ...


fn __str__(self: Bool) -> String:
    return String(self)


fn __repr__(self: Bool) -> String:
    return String(self)


fn copy(self: Bool) -> Bool:
    """An explicit copy."""
    return self
