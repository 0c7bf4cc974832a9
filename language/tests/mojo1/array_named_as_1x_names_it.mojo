# Messages about a 1.x program name the fixed-size array type as 1.x does: Array, not InlineArray.
from std.testing import assert_equal


def main():
    var a: Array[Int, 3] = [1, 2, 3]
    var s: String = a
