# Built-in functions every module sees without an import, where the signature says what they take.
# (print, len, min, max, pow, repr, hash, range, enumerate and reversed are typed by the compiler,
# from their arguments; sort is builtin.sort's.)

from builtin.sort import sort, partition
from memory.alloc import alloc


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
    """The nearest integral value, halfway cases to the even one (2.5 -> 2.0)."""
    ...


fn round(x: Int) -> Int:
    return x


@intrinsic("builtin.ord")
fn ord(s: String) -> Int:
    """The Unicode code point of the single character s."""
    ...


@intrinsic("builtin.breakpoint")
fn breakpoint():
    """Stops the program in an attached debugger (mojo --inspect or --dap), as a breakpoint set here would; does nothing without one."""
    ...


@intrinsic("builtin.chr")
fn chr(c: Int) -> String:
    """The one-character string of the code point c."""
    ...


@primitive("STR_TO_INT")
fn atol(s: String) raises -> Int:
    """The Int the text spells; raises if it spells none."""
    ...


@intrinsic("builtin.atol")
fn atol(s: String, base: Int) raises -> Int:
    """The Int the text spells in base 2 to 36, or in the base its 0b/0o/0x prefix says (base 0)."""
    ...


@primitive("STR_TO_FLOAT")
fn atof(s: String) raises -> Float64:
    """The Float64 the text spells; raises if it spells none."""
    ...


fn index[T: AnyType, //](idx: T) -> Int:
    """The value as an index: what its __index__ says."""
    return idx.__index__()


fn abs[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """The absolute value of each lane."""
    var r = x
    @parameter
    if dtype.is_unsigned() or dtype == DType.bool:
        return r
    else:
        for i in range(width):
            @parameter
            if dtype.is_floating_point():
                r[i] = x[i] if x[i] > 0 else -x[i]
            else:
                r[i] = -x[i] if x[i] < 0 else x[i]
        return r


fn round[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """Each lane rounded to the nearest integral value, halfway cases to the even one."""
    @parameter
    if not dtype.is_floating_point():
        return x
    var r = x
    for i in range(width):
        r[i] = Scalar[dtype](round(Float64(x[i])))
    return r


fn round(x: Float64, ndigits: Int) -> Float64:
    """x rounded to ndigits decimal digits after the point."""
    var scale = 10.0 ** Float64(ndigits)
    return round(x * scale) / scale


fn divmod(numerator: Int, denominator: Int) -> Tuple[Int, Int]:
    """The floor quotient and the remainder (which has the denominator's sign); (0, 0) for a zero denominator, as Int.__divmod__."""
    if denominator == 0:
        return (0, 0)
    return (numerator // denominator, numerator % denominator)


fn divmod(numerator: UInt, denominator: UInt) -> Tuple[UInt, UInt]:
    if denominator == 0:
        return (UInt(0), UInt(0))  # as UInt.__divmod__: no quotient, no remainder
    return (numerator // denominator, numerator % denominator)


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


fn any[dtype: DType, width: Int, //](value: SIMD[dtype, width]) -> Bool:
    """Whether some lane is not zero."""
    for i in range(width):
        if value[i]:
            return True
    return False


fn all[dtype: DType, width: Int, //](value: SIMD[dtype, width]) -> Bool:
    """Whether every lane is not zero."""
    for i in range(width):
        if not value[i]:
            return False
    return True


fn swap[T: Copyable & Movable, //](mut lhs: T, mut rhs: T):
    """Exchanges the two values."""
    var tmp = lhs
    lhs = rhs
    rhs = tmp^


struct _ListIterator[T: Copyable & Movable](Copyable, Movable):
    """An iterator over a list's elements (the iterator holds its own copy of the list)."""

    var _list: List[T]
    var _index: Int

    fn __init__(out self, var list: List[T]):
        self._list = list^
        self._index = 0

    fn __iter__(self) -> Self:
        return self.copy()

    fn __has_next__(self) -> Bool:
        return self._index < len(self._list)

    fn __next__(mut self) -> T:
        self._index += 1
        return self._list[self._index - 1].copy()

    fn nth(mut self, n: Int) -> Optional[T]:
        """Skips n elements and returns the next one; None once the iterator is exhausted."""
        if n < 0 or n >= len(self._list) - self._index:
            self._index = len(self._list)
            return None
        self._index += n + 1
        return Optional[T](self._list[self._index - 1].copy())


fn iter[T: Copyable & Movable](var list: List[T]) -> _ListIterator[T]:
    """An iterator over the list's elements."""
    return _ListIterator[T](list^)


fn iter[T: Copyable & Movable, size: Int](array: InlineArray[T, size]) -> _ListIterator[T]:
    """An iterator over the array's elements (copies of them)."""
    var list = List[T](capacity=size)
    for i in range(size):
        list.append(array[i].copy())
    return _ListIterator[T](list^)


fn zip[T: Copyable, U: Copyable](a: List[T], b: List[U]) -> List[Tuple[T, U]]:
    """The pairs of elements at the same index (as many as the shorter list has), as copies."""
    var pairs = List[Tuple[T, U]]()
    for i in range(min(len(a), len(b))):
        pairs.append((a[i].copy(), b[i].copy()))
    return pairs^
