trait Shape:
    fn area(self) -> Float64:
        ...

    fn name(self) -> String:
        ...


@fieldwise_init
struct Square(Copyable, Movable, Shape):
    var side: Float64

    fn area(self) -> Float64:
        return self.side * self.side

    fn name(self) -> String:
        return "square"


@fieldwise_init
struct Circle(Copyable, Movable, Shape):
    var r: Float64

    fn area(self) -> Float64:
        return 3.0 * self.r * self.r

    fn name(self) -> String:
        return "circle"


fn describe[T: Shape](s: T):
    print(s.name(), s.area())


fn twice[T: Stringable](x: T) -> String:
    return String(x) + String(x)


fn repeat[MsgType: Stringable, //, count: Int](msg: MsgType):
    @parameter
    for i in range(count):
        print(i, String(msg))


fn pick[flag: Bool]() -> String:
    @parameter
    if flag:
        return "yes"
    else:
        return "no"


fn total(*values: Int) -> Int:
    var sum = 0
    for v in values:
        sum += v
    return sum


fn names(var *words: String) -> String:
    var out = String()
    for w in words:
        out += w
    return out


def main():
    describe(Square(2))
    describe(Circle(1))
    print(twice(21), twice("ab"), twice(1.5))
    repeat[2](42)
    print(pick[True](), pick[False]())
    print(total(), total(1), total(1, 2, 3))
    print(names("a", "b", "c"))
