# An Optional prints as its value's repr or None; assert_equal compares an Optional with None and
# a List with a list literal (the literal takes the other value's type); time.sleep waits.
from std.testing import assert_equal
from std.time import sleep, perf_counter_ns


def main() raises:
    var empty = Optional[String]()
    var hello = Optional[String]("Hello")
    var n: Optional[Int] = 50
    print(empty, hello, n)
    assert_equal(empty, None)
    var xs: List[Int] = [0, 1, 2]
    assert_equal(xs, [0, 1, 2])
    try:
        assert_equal(n, None)
    except e:
        print(e)
    var start = perf_counter_ns()
    sleep(0.01)
    print(perf_counter_ns() - start >= 10_000_000)
