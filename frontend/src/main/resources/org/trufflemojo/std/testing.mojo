# The testing module: checks that raise an AssertionError when they fail.
from math import isnan, isfinite
from builtin._location import _SourceLocation, __call_location
# assert_equal, assert_not_equal and assert_raises are provided by the compiler. TestSuite and its
# reports are in testing/suite.mojo, a part of this module that joins a program only when it names
# one of them (most programs that import testing use only its assertions).


fn _fail(msg: String, location: _SourceLocation) raises:
    """Raises the assertion's error, as Mojo words it: `At file:line:col: AssertionError: msg`."""
    raise Error(location.prefix("AssertionError: " + msg))


@always_inline
fn assert_true[T: Boolable, //](
    val: T, msg: String = "condition was unexpectedly False", *, location: Optional[_SourceLocation] = None
) raises:
    """Raises if val is not true."""
    if not val:
        _fail(msg, location.or_else(__call_location()))


@always_inline
fn assert_false[T: Boolable, //](
    val: T, msg: String = "condition was unexpectedly True", *, location: Optional[_SourceLocation] = None
) raises:
    """Raises if val is not false."""
    if val:
        _fail(msg, location.or_else(__call_location()))


@always_inline
fn assert_almost_equal[dtype: DType, size: Int](
    lhs: SIMD[dtype, size],
    rhs: SIMD[dtype, size],
    msg: String = "",
    *,
    atol: Float64 = 1e-08,
    rtol: Float64 = 1e-05,
    equal_nan: Bool = False,
    location: Optional[_SourceLocation] = None,
) raises:
    """Raises unless every lane of lhs is close to rhs's: |lhs - rhs| <= max(atol, rtol * max(|lhs|, |rhs|))."""
    if not _isclose(lhs, rhs, atol, rtol, equal_nan):
        var err = String(lhs) + " is not close to " + String(rhs)
        err += " with a diff of " + String(abs(lhs - rhs))
        if msg:
            err += " (" + msg + ")"
        _fail(err, location.or_else(__call_location()))


fn _isclose[dtype: DType, width: Int, //](a: SIMD[dtype, width], b: SIMD[dtype, width], atol: Float64, rtol: Float64, equal_nan: Bool) -> Bool:
    """Whether every lane of a is close to b's (see isclose)."""
    for i in range(width):
        @parameter
        if dtype.is_floating_point():
            var x = Float64(a[i])
            var y = Float64(b[i])
            if isnan(x) or isnan(y):
                if not (equal_nan and isnan(x) and isnan(y)):
                    return False
                continue
            if x == y:
                continue
            if not (isfinite(x) and isfinite(y)):
                return False
            var diff = a[i] - b[i]
            var d = Float64(diff)
            if d < 0:
                d = -d
            var ax = x if x >= 0 else -x
            var ay = y if y >= 0 else -y
            var larger = ax if ax > ay else ay
            var tol = rtol * larger
            if atol > tol:
                tol = atol
            if not (d <= tol):
                return False
        else:
            if a[i] != b[i]:
                return False
    return True
