# Mojo 1.x testing.TestSuite: discover_tests[__functions_in_module()]() runs the module's test_
# functions in order; quietly, passing tests print nothing. A `where` clause constrains a function's parameters.
from std.testing import TestSuite, assert_equal


def double[n: Int]() -> Int where n > 0, "n must be positive":
    return n * 2


def test_first() raises:
    print("first runs")
    assert_equal(double[2](), 4)


def helper() -> Int:
    return 1


def test_second() raises:
    print("second runs")
    assert_equal(helper(), 1)


def main() raises:
    TestSuite.discover_tests[__functions_in_module()]().run(quiet=True)
