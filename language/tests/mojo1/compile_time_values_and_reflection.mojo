# Mojo 1.x compile-time helpers: materialize[v]() and global_constant[v]() bring a compile-time
# value to run time, conforms_to(T, Trait) is a compile-time Bool, reflect[T].name() names a type
# (Int and the other scalars are SIMD vectors of one lane); a typed comptime InlineArray is made
# from a list literal.
from std.builtin.globals import global_constant

comptime POWERS: InlineArray[Int, 4] = [1, 2, 4, 8]


struct NoDefault:
    var x: Int

    def __init__(out self, x: Int):
        self.x = x


def describe[T: AnyType]() -> String:
    comptime if conforms_to(T, Defaultable):
        return String(reflect[T].name()) + " has a default"
    else:
        return String(reflect[T].name()) + " has none"


def main():
    comptime table: List[Int] = [3, 5, 7]
    var t = materialize[table]()
    t.append(9)
    print(len(t), t[1], t[3])
    ref g = global_constant[POWERS]()
    print(g[2], len(g))
    print(describe[Int]())
    print(describe[Float32]())
    print(describe[String]())
    print(describe[NoDefault]())
    print(conforms_to(Int, Stringable & Comparable))
