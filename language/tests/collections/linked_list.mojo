# collections.LinkedList: a doubly-linked list in native memory.
from collections import LinkedList


struct Counted(Copyable, Movable, Writable):
    """Counts the copies and moves made of it."""
    var copies: Int
    var moves: Int

    fn __init__(out self):
        self.copies = 0
        self.moves = 0

    fn __copyinit__(out self, other: Self):
        self.copies = other.copies + 1
        self.moves = other.moves

    fn __moveinit__(out self, deinit other: Self):
        self.copies = other.copies
        self.moves = other.moves + 1

    fn write_to[W: Writer](self, mut writer: W):
        writer.write("Counted(", self.copies, ", ", self.moves, ")")


def main():
    var l = LinkedList[Int](1, 2, 3)
    print(len(l), l[0], l[-1], Bool(l), Bool(LinkedList[Int]()))
    l.append(4)
    l.prepend(0)
    print(l.__str__(), l.__repr__())
    l[1] = 10
    l[False] = -1
    print(l[True], l.pop(), l.pop(0), len(l))
    print(2 in l, 7 in l, l.count(2))
    l.insert(1, 5)
    l.insert(-100, 7)
    l.insert(len(l), 8)
    print(l.__str__())
    var m = l.copy()
    print(m == l, m != l)
    m.reverse()
    print(m.__str__(), l.__str__(), m == l)

    # iteration, forward and backward; a loop over a list the loop makes itself
    for e in l:
        print(e, end=" ")
    print()
    for e in reversed(l):
        print(e, end=" ")
    print()
    for s in LinkedList[String]("a", "b", "c"):
        print(s, end=" ")
    print()
    var it = l.__iter__()
    while it.__has_next__():
        print(it.__next_ref__(), end=" ")
    print()

    # list literals where a LinkedList is expected
    var lit: LinkedList[Float64] = [1, 2.5]
    var empty: LinkedList[Int] = []
    print(lit.__str__(), len(empty))

    # optional pops, and pops that raise
    print(empty.maybe_pop().__bool__(), lit.maybe_pop().value(), lit.maybe_pop(0).value(), len(lit))
    try:
        _ = empty.pop()
    except e:
        print("error:", e)
    try:
        l.insert(100, 1)
    except e:
        print("error:", e)

    # extend moves the other list's nodes over; elements move into the list once
    var a = LinkedList[String]("x")
    a.extend(LinkedList[String]("y", "z"))
    print(a.__str__(), len(a))
    var counted = LinkedList[Counted]()
    counted.append(Counted())
    print(counted[0], counted.copy()[0])
    var nested = LinkedList[LinkedList[Int]]()
    nested.append(LinkedList[Int](1, 2))
    nested.append(LinkedList[Int]())
    print(len(nested), nested[0][1], len(nested[1]))
    l.clear()
    print(len(l), l.__str__())
