# Mojo 1.0: a list literal makes an Array (no heap allocation) unless its context asks for a List:
# a List annotation (also bare `List` or `List[_]`) or a List parameter.
from std.testing import assert_equal


def total[T: Intable & Copyable](xs: List[T]) -> Int:
    var sum = 0
    for x in xs:
        sum += Int(x)
    return sum


def main() raises:
    var fixed = [1, 2, 3]
    print(fixed, len(fixed), fixed[2], iter(fixed).nth(1).value())
    var grows: List = [4, 5]
    grows.append(6)
    var also: List[_] = [7]
    also.append(8)
    var typed: List[Int] = []
    typed.append(9)
    print(grows, also, typed)
    print(total([1, 2, 3, 4]))
    for word in ["a", "b"]:
        print(word, end=" ")
    print()
    assert_equal(len(fixed), 3)
