# collections.Set over a Dict, set literals, and the set operators.
from collections import Set


def main():
    var s = {3, 1, 2}
    print(s.__str__(), len(s), Bool(s), Bool(Set[Int]()), 2 in s, 5 in s)
    s.add(4)
    s.add(1)
    s.discard(9)
    s.remove(3)
    print(s.__repr__(), s.pop(), s.__str__())
    try:
        s.remove(42)
    except e:
        print("error:", e)
    var words = {"b", "a"}
    print(words.__str__(), Set[String]().__str__())

    # literals take the set type where one is expected, also {} for the empty set
    var t: Set[Int] = {}
    t |= {1, 2}
    print(t.__str__(), t == {2, 1}, t != {1}, t == {})
    print(({1, 2, 3} | {3, 4}).__str__(), ({1, 2, 3} & {2, 3, 4}).__str__())
    print(({1, 2, 3} - {2}).__str__(), ({1, 2, 3} ^ {3, 4}).__str__())
    print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {}, {1} > {1})
    print({1, 2}.isdisjoint({3}), {1, 2}.issubset({1}), {1, 2}.issuperset({2}))
    var u = Set[Int](1, 2, 3, 4)
    u &= {2, 3, 4, 5}
    u -= {4}
    u ^= {3, 6}
    print(u.__str__(), Set(u).__str__(), Set[Int](List[Int](7, 7, 8)).__str__())

    # iteration, in insertion order, and any/all over any iterable
    var total = 0
    for e in {10, 20, 30}:
        total += e
    print(total, any(Set(0, 1)), all(Set(0, 1)), all(Set[String]()), any(Set[String]("", "x")))
