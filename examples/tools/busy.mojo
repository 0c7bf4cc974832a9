# A small program to try the tools on (see "Tools" in the README): a hot recursive function,
# some Strings and a List (native memory), a struct, and a value that dies early.


@fieldwise_init
struct Point(Copyable, Movable):
    var x: Int
    var y: Int

    fn norm1(self) -> Int:
        return abs(self.x) + abs(self.y)


fn fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    var p = Point(3, -4)
    var greeting = String("hello")
    print(greeting)
    var total = 0
    for i in range(20):
        total += fib(20)
    var names = List[String]()
    for i in range(2000):
        names.append(String("name") + String(i))
    print(total, len(names), p.norm1())
