@fieldwise_init
struct Acc(Copyable, Movable):
    var total: Int

    fn __iadd__(mut self, x: Int):
        self.total += x

    fn __imul__(mut self, x: Int):
        self.total *= x


@fieldwise_init
struct V(Copyable, Movable):
    var x: Int

    fn __add__(self, other: Self) -> Self:
        return V(self.x + other.x)


def main():
    var a = Acc(1)
    a += 4
    a *= 3
    print(a.total)
    var v = V(1)
    v += V(2)
    print(v.x)
