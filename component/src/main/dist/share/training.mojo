# The program the AOT cache is trained on (bin/mojo, MOJO_AOT=train): it loads the classes a typical
# short program needs at start-up (parser, checker, ownership check, common nodes, String, List,
# Dict, structs, errors), so they come from the cache instead of the jars.
from collections import Dict


@fieldwise_init
struct Point(Copyable, Movable, Writable):
    var x: Int
    var y: Float64

    fn norm1(self) -> Float64:
        return Float64(self.x) + self.y

    fn write_to[W: Writer](self, mut writer: W):
        writer.write("Point(", self.x, ", ", self.y, ")")


fn fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def may_fail(n: Int) -> Int:
    if n > 2:
        raise Error("too big: " + String(n))
    return n


def main():
    var words: List[String] = ["start", "up"]
    words.append("cache")
    var counts = Dict[String, Int]()
    for w in words:
        counts[w] = len(w)
    var p = Point(1, 2.5)
    var total = 0
    for i in range(10):
        total += fib(i)
    try:
        _ = may_fail(3)
    except e:
        total += 1
    print("Hello, Mojo!", p, p.norm1(), total, len(counts), String(" ").join(words).upper())
