# A mut argument (or mut self) that a -> ref function returned is changed where it lives: the
# location is kept before the call and the final value stored back through it.
from collections import LinkedList


struct Holder(Movable):
    var items: List[Int]
    var count: Int

    fn __init__(out self):
        self.items = [1, 2, 3]
        self.count = 5

    fn items_ref(ref self) -> ref [self.items] List[Int]:
        return self.items

    fn count_ref(ref self) -> ref [self] Int:
        return self.count


fn bump(mut x: Int):
    x += 10


fn grow(mut l: List[Int]):
    l.append(99)


def main():
    var h = Holder()
    grow(h.items_ref())
    h.items_ref().append(4)
    bump(h.count_ref())
    print(h.items, h.count)
    var nested = LinkedList[LinkedList[Int]]()
    nested.append(LinkedList[Int](1, 2, 3))
    nested[0].clear()
    nested[0].append(7)
    print(len(nested[0]), nested[0][0])
