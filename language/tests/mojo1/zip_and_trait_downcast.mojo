# zip pairs the elements of two lists; trait_downcast[Trait](x) sees a value through a trait it
# conforms to (a no-op here: generic code is checked for each instance).
from std.testing import assert_equal


fn all_equal[T: Copyable](lhs: List[T], rhs: List[T]) -> Bool:
    if len(lhs) != len(rhs):
        return False
    comptime if conforms_to(T, Equatable):
        for left, right in zip(lhs, rhs):
            if trait_downcast[Equatable](left) != trait_downcast[Equatable](right):
                return False
        return True
    else:
        return False


def main():
    var a: List[Int] = [1, 2, 3]
    var b: List[String] = ["x", "y"]
    for n, s in zip(a, b):
        print(n, s)
    var c: List[Int] = [1, 2, 3]
    var d: List[Int] = [1, 2, 4]
    print(all_equal(a, c), all_equal(a, d))
