# An assertion may report a location of its caller's choosing (builtin._location._SourceLocation):
# its error then reads `At file:line:col: AssertionError: ...`.

from builtin._location import _SourceLocation
from testing import assert_false, assert_true

def main():
    var location = _SourceLocation(2, 7, "my_file.mojo")
    print(location)
    try:
        assert_true(False, msg="always false", location=location)
    except e:
        print(e)
    try:
        assert_false(True, location=_SourceLocation(9, 1, "other.mojo"))
    except e:
        print(e)
    try:
        assert_true(False)
    except e:
        print(e)
