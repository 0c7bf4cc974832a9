# materialize takes the compile-time value in brackets, not as an argument.
from std.testing import assert_equal


def main():
    comptime table: List[Int] = [1, 2]
    var t = materialize(table)
