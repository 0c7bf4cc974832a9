# An alias can name a function type (`alias Op = fn(Int, Int) -> Int`), at module level or in a
# struct (`Self.Unary`, `Calc.Unary`); it types variables, fields, arguments and compile-time
# parameters like the written-out type.
alias Op = fn(Int, Int) -> Int


@fieldwise_init
struct Calc(Copyable, Movable):
    alias Unary = fn(Int) raises -> Int
    var op: Op
    var un: Self.Unary


fn add(a: Int, b: Int) -> Int:
    return a + b


fn mul(a: Int, b: Int) -> Int:
    return a * b


fn neg(a: Int) raises -> Int:
    if a == 0:
        raise Error("neg of zero")
    return -a


fn twice[f: Op](a: Int) -> Int:
    return f(a, a)


fn apply_unary[f: Calc.Unary](a: Int) raises -> Int:
    return f(a)


fn fold(values: List[Int], op: Op, start: Int) -> Int:
    var acc = start
    for v in values:
        acc = op(acc, v)
    return acc


fn main() raises:
    var g: Op = add
    print(g(1, 2))
    g = mul
    print(g(3, 4))
    print(twice[add](4), twice[mul](4))
    print(apply_unary[neg](9))
    print(fold([1, 2, 3, 4], add, 0), fold([1, 2, 3, 4], mul, 1))
    var c = Calc(add, neg)
    var u: Calc.Unary = c.un
    print(u(5))
