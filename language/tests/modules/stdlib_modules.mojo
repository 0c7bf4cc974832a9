from math import sqrt, floor, ceil, isnan, isinf, inf, nan, pi, log10
from time import perf_counter_ns
from random import seed, random_float64, random_si64
from testing import assert_equal, assert_true, assert_false
import math


def main():
    print(sqrt(16.0), floor(2.7), ceil(2.1), isnan(nan), isinf(inf), isinf(1.0), log10(1000.0))
    print(pi > 3.14 and pi < 3.15)
    var t0 = perf_counter_ns()
    var t1 = perf_counter_ns()
    print(t1 >= t0)
    seed(42)
    var r = random_float64()
    var k = random_si64(1, 6)
    print(r >= 0.0 and r < 1.0, k >= 1 and k <= 6)
    assert_equal(2 + 2, 4)
    assert_true(len("abc") == 3)
    assert_false(1 > 2)
    try:
        assert_equal(1 + 1, 3, "arithmetic")
    except e:
        print(e)
    try:
        assert_true(False)
    except e:
        print(e)
    print("done")
