# Misused List API: element-wise comparison of elements that are not comparable (no __eq__, or an
# __eq__ that does not give a Bool), reversed() outside a for loop, capacity together with values,
# resize without a fill value.
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
    var ws = [W(1)]
    print(W(1) in ws)


@fieldwise_init
struct W(Copyable, Movable):
    var x: Int

    fn __eq__(self, other: Self) -> Int:
        return 1
