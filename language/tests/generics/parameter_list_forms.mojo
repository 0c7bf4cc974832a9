# Compile-time parameter forms: positional-only `/` and keyword-only `*` parameters with defaults,
# a variadic value pack walked by a loop, value-parametric aliases, a trait's associated alias in
# generic code, and a static method of a parameterized struct type.

trait HasSize:
    alias size: Int

    fn get(self) -> Int:
        ...

@fieldwise_init
struct Four(Copyable, HasSize, Movable):
    alias size = 4
    var v: Int

    fn get(self) -> Int:
        return self.v

fn total[T: HasSize](x: T) -> Int:
    return T.size * x.get()

struct Box[T: Copyable & Movable, n: Int = 3]:
    @staticmethod
    fn describe() -> String:
        return "Box of " + String(n)

fn combine[a: Int, /, b: Int = 2, *, c: Int = 5]() -> Int:
    return a * 100 + b * 10 + c

fn sum_of[*values: Int]() -> Int:
    var s = 0
    for v in values:
        s += v
    return s

fn show_all[*values: Int]():
    @parameter
    for v in values:
        print(v, end=";")
    print()

alias Doubled[x: Int] = x * 2
alias Scaled[x: Int, factor: Int = 10] = x * factor

fn main():
    print(total(Four(3)))
    print(Box[Int].describe(), Box[Int, 7].describe())
    print(combine[1](), combine[1, 3](), combine[1, c=9]())
    print(sum_of[1, 2, 3, 4]())
    show_all[5, 6, 7]()
    print(Doubled[21], Scaled[4], Scaled[4, factor=3])
    var v = SIMD[DType.int32, Doubled[2]](1)
    print(v)
