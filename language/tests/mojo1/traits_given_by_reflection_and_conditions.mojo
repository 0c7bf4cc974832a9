# 1.x: a struct declaring Writable, Equatable or Comparable without writing their methods gets them
# from its fields (write_to prints the type and its fields; == compares field by field; >, <=, >=
# come from <); a conformance may hold only for some instances (`Trait where condition`).
# Also the 1.x trait names Equatable, Deinitable and TrivialRegisterPassable, and alloc without an import.
from std.testing import assert_equal, assert_true


@fieldwise_init
struct Point(Writable, Equatable, Copyable):
    var x: Int
    var y: Int


@fieldwise_init
struct Version(Comparable, Copyable, Writable):
    var major: Int
    var minor: Int

    def __lt__(self, other: Self) -> Bool:
        return self.major < other.major or (self.major == other.major and self.minor < other.minor)


@fieldwise_init
struct Pair[T: Copyable & Deinitable](Writable where conforms_to(T, Writable), Equatable where conforms_to(T, Equatable)):
    var first: Self.T
    var second: Self.T


struct NoPrint(Copyable):
    var v: Int

    def __init__(out self, v: Int):
        self.v = v


@fieldwise_init
struct Flags(TrivialRegisterPassable, Writable):
    var bits: Int


comptime Permissive = ImplicitlyCopyable & Deinitable


def same[T: Permissive](x: T) -> T:
    return x


def main() raises:
    var p = Point(1, 2)
    print(p, p == Point(1, 2), p != Point(2, 1))
    print(Version(1, 2) > Version(1, 1), Version(1, 2) <= Version(1, 2), Version(2, 0) >= Version(1, 9), Version(1, 0) == Version(1, 0))
    print(Version(3, 4))
    var q = Pair(1, 2)
    print(q, q == Pair(1, 2), q == Pair(2, 1))
    print(conforms_to(Pair[Int], Writable), conforms_to(Pair[NoPrint], Writable), conforms_to(Pair[NoPrint], Equatable))
    print(Flags(5), same(7), conforms_to(Point, Equatable))
    var mem = alloc[Int](2)
    mem[0] = 40
    mem[1] = 2
    print(mem[0] + mem[1])
    mem.free()
