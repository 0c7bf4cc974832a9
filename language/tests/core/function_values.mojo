fn double(x: Int) -> Int:
    return x * 2


fn square(x: Int) -> Int:
    return x * x


fn apply(f: fn(Int) -> Int, x: Int) -> Int:
    return f(x)


fn apply_all(fs: List[Int], g: fn(Int) -> Int) -> Int:
    var total = 0
    for v in fs:
        total += g(v)
    return total


fn greet(name: String):
    print("hello", name)


fn run(action: fn(String) -> None, who: String):
    action(who)


def main():
    print(apply(double, 5), apply(square, 5))
    print(apply_all([1, 2, 3], square))
    run(greet, "Mojo")
    var op = double
    print(op(21))
    more()


fn twice[f: fn(Int) -> Int](x: Int) -> Int:
    return f(f(x))


def more():
    print(twice[double](3), twice[square](3))
