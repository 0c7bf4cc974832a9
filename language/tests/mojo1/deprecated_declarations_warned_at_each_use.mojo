# `@deprecated("message")` and `@deprecated(use=other)` on structs, traits, functions, methods and
# comptime values: each use is a warning with a note at the declaration; the program still runs.
from std.testing import assert_equal


@deprecated(use=Point)
@fieldwise_init
struct OldPoint(Copyable):
    var x: Int


@fieldwise_init
struct Point(Copyable):
    var x: Int
    var y: Int

    @deprecated("use `norm1` instead")
    def manhattan(self) -> Int:
        return self.x + self.y

    def norm1(self) -> Int:
        return self.x + self.y


@deprecated(use=Honkable)
trait Quackable:
    def quack(self):
        ...


trait Honkable:
    def honk(self):
        ...


struct Duck(Quackable):
    def __init__(out self):
        pass

    def quack(self):
        print("quack")


@deprecated("Sunsetting old_add")
def old_add(a: Int, b: Int) -> Int:
    return a + b


@deprecated("use tau instead")
comptime pi = 3.14


def main():
    var o: OldPoint = OldPoint(1)
    print(o.x, Point(2, 3).manhattan(), Point(2, 3).norm1())
    Duck().quack()
    print(old_add(1, 2), old_add(3, 4), pi)
