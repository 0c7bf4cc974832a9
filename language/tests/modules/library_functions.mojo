# Functions of the standard library declared in Mojo (std/*.mojo): bound, converted and
# defaulted like any function, run by their intrinsics or their Mojo bodies.
from math import sqrt, floor, ceil, trunc, isfinite, exp2
import math
from os import getenv
from random import seed, random_si64, random_float64
from testing import assert_true, assert_false


@fieldwise_init
struct Flag(Boolable, Copyable, Movable):
    var on: Bool

    fn __bool__(self) -> Bool:
        return self.on


def main():
    # an Int argument converts to the Float64 parameter; the Int overloads keep an Int
    print(sqrt(16), floor(2.5), floor(7), ceil(-2.5), trunc(-7), math.trunc(2.9))
    print(isfinite(1.0), isfinite(math.inf), exp2(10))
    # default and keyword arguments come from the declaration
    print("[" + getenv("TRUFFLEMOJO_SURELY_UNSET_VARIABLE") + "]", getenv("TRUFFLEMOJO_SURELY_UNSET_VARIABLE", default="fallback"))
    seed(7)
    print(random_si64(5, 5), random_float64(min=2.0, max=2.0))
    # the testing checks are generic over Boolable and raise an Error when they fail
    assert_true(Flag(True))
    assert_false(0, msg="zero is false")
    try:
        assert_true(Flag(False), "the flag is off")
    except e:
        print(e)
    try:
        assert_false("text")
    except e:
        print(e)
