# Misused List API: element-wise comparison of elements that are not comparable, reversed()
# outside a for loop, capacity together with values, resize without a fill value.
@fieldwise_init
struct P(Copyable, Movable):
    var x: Int


def main():
    var ps = [P(1)]
    print(ps == [P(1)])
    print(P(1) in ps, ps.index(P(1)))
    var r = reversed([1, 2])
    var c = List[Int](1, capacity=4)
    var l = [1]
    l.resize(3)
