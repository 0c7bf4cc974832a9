# @register_passable("trivial") structs: an explicit __init__ and a @fieldwise_init one (in either
# decorator order) initialize every field; values are copied bit for bit.


@register_passable("trivial")
struct Point:
    var x: Int
    var y: Int

    fn __init__(out self, x: Int, y: Int):
        self.x = x
        self.y = y


@fieldwise_init
@register_passable("trivial")
struct IntPair:
    var x: Int
    var idx: Int


@register_passable("trivial")
@fieldwise_init
struct Flag:
    var on: Bool


def main():
    var p = Point(1, 2)
    var q = p
    q.x = 10
    print(p.x, p.y, q.x, q.y)
    var pairs = List[IntPair]()
    for i in range(3):
        pairs.append(IntPair(3 - i, i))
    print(pairs[0].x, pairs[2].idx, Flag(True).on)
