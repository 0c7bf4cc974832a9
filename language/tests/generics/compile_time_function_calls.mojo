# Compile-time values computed by calling user functions: module-level aliases (declared above the
# functions and structs they use), local aliases, and parameters (SIMD widths, InlineArray sizes,
# @parameter if/for bounds), evaluated by running the called functions' bodies.

alias FIB_10 = fib(10)
alias WIDTH = next_power_of_two(5)
alias ORIGIN = Point(3, 4)
alias ORIGIN_SUM = ORIGIN.sum()
alias SQUARES = squares(5)
alias SCALE = halve(7.0)

fn fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

fn next_power_of_two(n: Int) -> Int:
    var p = 1
    while p < n:
        p *= 2
    return p

fn halve(x: Float64) -> Float64:
    return x / 2

fn count_odd(limit: Int) -> Int:
    var count = 0
    for i in range(limit):
        if i % 2 == 0:
            continue
        count += 1
        if count == 3:
            break
    return count

fn squares(n: Int) -> List[Int]:
    var result = List[Int]()
    for i in range(n):
        result.append(i * i)
    return result^

@fieldwise_init
struct Point(Copyable, Movable):
    var x: Int
    var y: Int

    fn sum(self) -> Int:
        return self.x + self.y

fn main():
    print(FIB_10, WIDTH, ORIGIN.x, ORIGIN_SUM, len(SQUARES), SQUARES[4], SCALE)
    var v = SIMD[DType.int32, WIDTH](1)
    print(v)
    var a = InlineArray[Int, fib(5)](fill=7)
    print(len(a), a[4])
    alias local = count_odd(100)
    var w = SIMD[DType.float32, local + 1](0.5)
    print(w)

    @parameter
    if fib(7) == 13:
        print("fib(7) is 13 at compile time")

    @parameter
    for i in range(count_odd(4)):
        print("unrolled", i)
