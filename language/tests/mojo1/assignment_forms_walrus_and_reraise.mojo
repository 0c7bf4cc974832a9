# 1.x statement forms: chained assignment (every name its own copy), unpacking into new variables
# (`var a, b = ...`, `var (c, d) = ...`, no implicit-declaration warning), the assignment expression
# `(n := value)`, `comptime (expr)`, and a bare `raise` re-raising the error being handled.
from std.testing import assert_equal


def risky(n: Int) raises -> Int:
    if n < 0:
        raise Error("negative: " + String(n))
    return n


def cleanup_then_reraise(n: Int) raises -> Int:
    try:
        return risky(n)
    except:
        print("cleaning up after", n)
        raise


def log_then_reraise(n: Int) raises -> Int:
    try:
        return risky(n)
    except e:
        print("logged:", e)
        raise


def heavy() -> Int:
    var total = 0
    for i in range(1000):
        total += i
    return total


def main() raises:
    var x = y = z = String("Hello")
    y += "!"
    print(x, y, z)
    var a = String("a")
    var b = String("b")
    a = b = String("same")
    print(a, b)
    var p, q = 1, String("two")
    var (c, d) = (3.5, True)
    print(p, q, c, d)
    var items = [1, 2, 3, 4]
    if (n := len(items)) > 3:
        print("long list of", n)
    var i = 0
    var last = -1
    while (j := i) < 3:
        last = j
        i += 1
    print("last", last)
    print(comptime (heavy()))
    try:
        _ = cleanup_then_reraise(-1)
    except e:
        print("caught:", e)
    try:
        _ = log_then_reraise(-2)
    except e:
        print("caught:", e)
    print(cleanup_then_reraise(5))
