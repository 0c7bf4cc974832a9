# Compile-time parameters whose values are structs: a struct's parameters (`foo: Foo[x]`), with
# infer-only parameters taken from their types, defaults that use earlier parameters, and a
# function's (`p: Point`, `x: Some[Intable]`); a generic function passed where a function is expected.
from std.testing import assert_equal


@fieldwise_init
struct Foo[z: Int]:
    pass


@fieldwise_init
struct Bar[x: Int, //, y: Int, *, foo: Foo[x], bar: Foo[y] = Foo[y]()](ImplicitlyCopyable, Intable):
    def __int__(self) -> Int:
        return self.x + self.y + self.foo.z + self.bar.z


@fieldwise_init
struct Point(ImplicitlyCopyable, Intable, Writable):
    var x: Int
    var y: Int

    def __int__(self) -> Int:
        return self.x * 10 + self.y

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Point(", self.x, ", ", self.y, ")")


def show[p: Point]():
    var q = materialize[p]()
    print("show", q, p.x + p.y)


def total[x: Some[Intable & ImplicitlyDeletable]]() -> Int:
    return materialize[x]().__int__()


def twice(x: Some[Intable]) -> Int:
    return x.__int__() * 2


def apply[func: def(Some[Intable]) thin -> Int]() -> Int:
    return func(Int(4)) + func(Point(1, 2))


def main() raises:
    # the positional 2 is y (x is infer-only), x comes from foo's type, bar defaults to Foo[y]()
    print(Int(Bar[2, foo=Foo[4]()]()))
    print(Int(Bar[foo=Foo[5](), y=6]()))
    # y inferred from bar's type
    print(Int(Bar[foo=Foo[5](), bar=Foo[7]()]()))
    show[Point(1, 2)]()
    show[Point(3, 4)]()
    print(total[Bar[2, foo=Foo[4]()]()]())
    print(total[Point(5, 6)]())
    print(total[7]())
    print(apply[twice]())
