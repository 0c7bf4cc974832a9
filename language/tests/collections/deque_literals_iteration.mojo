# A Deque from a list literal, iterated forward, backward and by reference; an InlineArray from a
# list literal; {a, b} initializer lists build the struct the context expects.
from collections import Deque


@fieldwise_init
struct Point(Copyable, Movable):
    var x: Int
    var y: Int


fn norm1(p: Point) -> Int:
    return abs(p.x) + abs(p.y)


def main():
    var q: Deque[Int] = [1, 2, 3]
    for ref e in q:
        e *= 10
    for e in q:
        print(e, end=" ")
    for e in reversed(q):
        print(e, end=" ")
    print()
    var arr: InlineArray[String, 3] = ["a", "b", "c"]
    print(arr[0], arr[2], len(arr))
    var p: Point = {3, -4}
    print(p.x, p.y, norm1({1, 2}))
