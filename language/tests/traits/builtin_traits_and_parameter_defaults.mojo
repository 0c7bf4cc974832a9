from math import isnan, inf, floor, ceil, pi
comptime SIZE = 4
alias NAME = "x"

fn rep[count: Int = 2](s: String) -> String:
    var r = String()
    for _ in range(count):
        r += s
    return r

@fieldwise_init
struct P(Representable, Stringable, Intable, Boolable, Hashable, EqualityComparable, Copyable, Movable):
    var v: Int
    fn __repr__(self) -> String:
        return "P(" + String(self.v) + ")"
    fn __str__(self) -> String:
        return String(self.v)
    fn __int__(self) -> Int:
        return self.v
    fn __bool__(self) -> Bool:
        return self.v != 0
    fn __hash__(self) -> UInt:
        return UInt(self.v)
    fn __eq__(self, o: Self) -> Bool:
        return self.v == o.v
    fn __ne__(self, o: Self) -> Bool:
        return self.v != o.v

fn show[T: Representable](x: T):
    print(repr(x))

def main():
    print(rep("a"), rep[3]("b"), rep[count=1]("c"), SIZE, NAME)
    var p = P(5)
    show(p)
    print(Int(p), Bool(p), String(p), p == P(5), hash(p) == hash(P(5)))
    print(isnan(inf[DType.float64]()), floor(2.5), ceil(2.5), pi)
    if p:
        print("truthy")
