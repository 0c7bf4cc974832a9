# Closures nested in a function capture its variables by reference: they read and change the
# variables themselves (so later changes on either side are seen by the other), also when the
# closure is passed to a higher-order function (sort, a fn-typed argument), unrolled by
# @parameter for, or called from another closure.

@fieldwise_init
struct Point(Copyable, Movable):
    var x: Int
    var y: Int

fn apply(f: fn (Int) capturing -> Int, x: Int) -> Int:
    return f(x)

fn collect(n: Int, mut acc: List[Int]) -> String:
    var log: String = ""
    var p = Point(1, 2)

    @parameter
    fn record(v: Int):
        acc.append(v * n)
        log += String(v) + ","
        p.x += v

    @parameter
    fn twice(v: Int):
        @parameter
        fn inner():
            record(v)

        inner()
        inner()

    @parameter
    for i in range(3):
        record(i)
    twice(10)
    return log + " x=" + String(p.x)

fn main():
    var total = 0
    var prefix: String = "item"
    var words = ["pear", "fig", "banana"]
    var scale = 3

    @parameter
    fn add(n: Int):
        total += n

    @parameter
    fn label(i: Int) -> String:
        return prefix + String(i)

    @parameter
    fn shorter(a: String, b: String) -> Bool:
        return len(a) * scale < len(b) * scale

    fn times(x: Int) capturing -> Int:
        return x * scale

    for i in range(5):
        add(i)
    print(total, label(7))
    sort[shorter](words)
    print(words)
    scale = 10
    print(times(4), apply(times, 5))
    prefix = "changed"
    print(label(1))

    var acc = List[Int]()
    print(collect(2, acc))
    print(acc)
