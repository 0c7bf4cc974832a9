# Assertion errors read as Mojo's: 'At file:line:col: AssertionError: ...', at the assertion's call (its '('),
# or at the location= given; a function that asks __call_location() learns where it was called.
from testing import assert_equal, assert_not_equal, assert_true, assert_false, assert_almost_equal
from builtin._location import __call_location, __source_location, _SourceLocation

@always_inline
fn check_positive(x: Int) raises:
    assert_true(x > 0, "not positive", location=__call_location())

def main():
    try:
        assert_equal(1, 2)
    except e:
        print(e)
    try:
        assert_equal("a", "b", "strings differ")
    except e:
        print(e)
    try:
        assert_not_equal(3, 3, msg="same")
    except e:
        print(e)
    try:
        assert_true(False)
    except e:
        print(e)
    try:
        assert_false(True, "was true")
    except e:
        print(e)
    try:
        assert_almost_equal(1.0, 1.5)
    except e:
        print(e)
    try:
        check_positive(-1)
    except e:
        print(e)
    try:
        assert_equal(1, 2, location=_SourceLocation(7, 9, "elsewhere.mojo"))
    except e:
        print(e)
    var here = __source_location()
    print(here.line, here.col)
    print(where_called().line, where_called().col)


@always_inline
fn where_called() -> _SourceLocation:
    return __call_location()
