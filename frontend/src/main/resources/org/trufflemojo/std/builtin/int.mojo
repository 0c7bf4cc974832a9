# Methods of the built-in Int, declared as functions whose first parameter is `self: Int`.
# Operators on Int compile to the same primitives directly; these are what `x.__add__(y)` and
# `Int.__add__(x, y)` call. `@primitive` binds a declaration to a primitive operation.


@primitive("INT_ADD")
fn __add__(self: Int, rhs: Int) -> Int:
    ...


@primitive("INT_SUB")
fn __sub__(self: Int, rhs: Int) -> Int:
    ...


@primitive("INT_MUL")
fn __mul__(self: Int, rhs: Int) -> Int:
    ...


@primitive("INT_FLOORDIV")
fn __floordiv__(self: Int, rhs: Int) -> Int:
    ...


@primitive("INT_MOD")
fn __mod__(self: Int, rhs: Int) -> Int:
    ...


@primitive("INT_TRUEDIV")
fn __truediv__(self: Int, rhs: Int) -> Float64:
    ...


@primitive("INT_POW")
fn __pow__(self: Int, exp: Int) -> Int:
    ...


@primitive("INT_AND")
fn __and__(self: Int, rhs: Int) -> Int:
    ...


@primitive("INT_OR")
fn __or__(self: Int, rhs: Int) -> Int:
    ...


@primitive("INT_XOR")
fn __xor__(self: Int, rhs: Int) -> Int:
    ...


@primitive("INT_SHL")
fn __lshift__(self: Int, rhs: Int) -> Int:
    ...


@primitive("INT_SHR")
fn __rshift__(self: Int, rhs: Int) -> Int:
    ...


@primitive("INT_NEG")
fn __neg__(self: Int) -> Int:
    ...


@primitive("INT_INVERT")
fn __invert__(self: Int) -> Int:
    ...


@primitive("INT_ABS")
fn __abs__(self: Int) -> Int:
    ...


@primitive("INT_EQ")
fn __eq__(self: Int, rhs: Int) -> Bool:
    ...


@primitive("INT_NE")
fn __ne__(self: Int, rhs: Int) -> Bool:
    ...


@primitive("INT_LT")
fn __lt__(self: Int, rhs: Int) -> Bool:
    ...


@primitive("INT_LE")
fn __le__(self: Int, rhs: Int) -> Bool:
    ...


@primitive("INT_GT")
fn __gt__(self: Int, rhs: Int) -> Bool:
    ...


@primitive("INT_GE")
fn __ge__(self: Int, rhs: Int) -> Bool:
    ...


@primitive("INT_TO_BOOL")
fn __bool__(self: Int) -> Bool:
    ...


@primitive("INT_TO_BOOL")
fn __as_bool__(self: Int) -> Bool:
    ...


@primitive("INT_TO_FLOAT")
fn __float__(self: Int) -> Float64:
    ...


fn __int__(self: Int) -> Int:
    return self


fn __index__(self: Int) -> Int:
    return self


fn __pos__(self: Int) -> Int:
    return self


fn __floor__(self: Int) -> Int:
    return self


fn __ceil__(self: Int) -> Int:
    return self


fn __trunc__(self: Int) -> Int:
    return self


fn __round__(self: Int) -> Int:
    return self


fn __round__(self: Int, ndigits: Int) -> Int:
    """Rounds to a multiple of 10**-ndigits (a no-op for ndigits >= 0), halfway cases to even."""
    if ndigits >= 0:
        return self
    var unit = 10 ** (-ndigits)
    var rest = self % unit
    var down = self - rest
    if rest * 2 > unit or (rest * 2 == unit and (down // unit) % 2 != 0):
        return down + unit
    return down


fn __iadd__(mut self: Int, rhs: Int):
    self = self + rhs


fn __isub__(mut self: Int, rhs: Int):
    self = self - rhs


fn __imul__(mut self: Int, rhs: Int):
    self = self * rhs


fn __ifloordiv__(mut self: Int, rhs: Int):
    self = self // rhs


fn __imod__(mut self: Int, rhs: Int):
    self = self % rhs


fn __itruediv__(mut self: Int, rhs: Int):
    """Mojo's Int /= Int: the quotient truncated back to an Int."""
    self = Int(self / rhs)


fn __str__(self: Int) -> String:
    return String(self)


fn __repr__(self: Int) -> String:
    return String(self)


fn is_power_of_two(self: Int) -> Bool:
    """Whether the value is a positive power of two."""
    return self > 0 and (self & (self - 1)) == 0


fn copy(self: Int) -> Int:
    return self


fn _decimal_digit_count(self: Int) -> Int:
    """The number of decimal digits of the value, without its sign (0 has one)."""
    var n = self
    var count = 1
    while n >= 10 or n <= -10:
        # (the quotient truncated toward zero; negative values are never negated, as Int.MIN cannot be)
        n = n // 10 if n > 0 else (n + 9) // 10
        count += 1
    return count


fn cast[target: DType](self: Int) -> Scalar[target]:
    """The value as a scalar of the target type (an Int is a SIMD scalar in Mojo 1.x), converted as SIMD.cast converts."""
    return Scalar[target](self)
