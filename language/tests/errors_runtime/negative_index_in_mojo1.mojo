# Mojo 1.x removed negative indexing: at run time a negative index is out of bounds
# (25.x code still counts from the end: see lists/list_basics).
from std.testing import assert_equal


def last_but(xs: List[Int], k: Int) -> Int:
    return xs[len(xs) - 1 - k]


def main():
    var xs: List[Int] = [10, 20, 30]
    print(last_but(xs, 0), last_but(xs, 2))
    var i = 1 - 2
    print(xs[i])
