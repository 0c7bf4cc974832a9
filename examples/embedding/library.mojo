# A Mojo module used as a library by the Java, JavaScript and Python examples beside it.


fn fib(n: Int) -> Int:
    var a = 0
    var b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


fn greet(name: String) -> String:
    return "Hello, " + name + ", from Mojo!"


fn squares(n: Int) -> List[Int]:
    var result = List[Int]()
    for i in range(n):
        result.append(i * i)
    return result^


@fieldwise_init
struct Point(Copyable, Movable):
    var x: Int
    var y: Int

    fn norm1(self) -> Int:
        return abs(self.x) + abs(self.y)
