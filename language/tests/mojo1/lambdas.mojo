# Mojo 1.x lambda expressions: named with `var` or `comptime` (parametric too), applied directly,
# passed where a function type is expected; captures as a nested function's (none written: imm).

comptime INC = lambda (x: Int) -> Int: x + 1
comptime ADD[N: Int] = lambda (x: Int) {} -> Int: x + N


struct Ops:
    comptime twice = lambda (x: Int) {} -> Int: x * 2


def apply(f: def(x: Int) -> Int, arg: Int) -> Int:
    return f(arg)


def apply_raising(f: def(Int) raises thin -> Int, arg: Int) raises -> Int:
    return f(arg)


def checked(x: Int) raises -> Int:
    if x < 0:
        raise Error("negative")
    return x


def main() raises:
    var z = 3
    var add_z = lambda (x: Int) -> Int: x + z
    print(add_z(1))
    z = 30
    print(add_z(1))
    var total = 0
    var bump = lambda (x: Int) {mut}: total.__iadd__(x)
    bump(4)
    bump(5)
    print(total)
    var snap = lambda (x: Int) {var z} -> Int: x + z
    z = 0
    print(snap(1))
    print(INC(1), ADD[7](3), Ops.twice(21))
    print((lambda (x: Int) {} -> Int: x * x)(9))
    print(apply(lambda (x: Int) {} -> Int: x - 1, 10))
    print(apply_raising(lambda (x: Int) raises -> Int: checked(x) + 1, 2))
    var pf = lambda [N: Int](x: Int) {} -> Int: x * N
    print(pf[3](5))
    var xs: List = [1, 2, 3]
    print(len(xs))
