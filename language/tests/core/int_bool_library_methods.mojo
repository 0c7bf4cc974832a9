# Methods of Int and Bool are declared in the library (std/builtin/int.mojo, bool.mojo), mostly as
# @primitive operations: callable on a value or through the type with self passed explicitly.
from testing import assert_equal, assert_true


def main():
    print(Int.__add__(3, 4), Int(-5).__abs__(), Int.__floordiv__(99, -2), Int.__mod__(99, -8), Int.__truediv__(5, 2))
    print(Int.__round__(1250, -2), Int.__round__(1350, -2), Int(7).__lt__(8), (64).is_power_of_two(), Int(12).__str__())
    var n = 7
    Int.__iadd__(n, 5)
    print(n, index(n), Bool.MIN, Bool.MAX, True.__int__(), Bool.__invert__(True))
    # assert_equal computes each value once
    var l = [1, 2, 3]
    assert_equal(l.pop(), 3)
    assert_equal(String("a") + "b", "ab", msg="concatenation")
    print(len(l))
    # fixed-width numbers are Boolable: true when not zero
    assert_true(UInt8(3))
    if not Float32(0.0) and Int8(-3):
        print("Float32(0) is false, Int8(-3) is true")
