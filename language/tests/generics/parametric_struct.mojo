struct Stack[T: Copyable & Movable]:
    var items: List[T]

    fn __init__(out self):
        self.items = List[T]()

    fn __init__(out self, var *values: T):
        self.items = List[T]()
        for v in values:
            self.items.append(v)

    fn push(mut self, var value: T):
        self.items.append(value^)

    fn pop(mut self) -> T:
        return self.items.pop()

    fn __len__(self) -> Int:
        return len(self.items)


@fieldwise_init
struct Pair[A: Copyable & Movable, B: Copyable & Movable](Copyable, Movable):
    var first: A
    var second: B


def main():
    var s = Stack[Int]()
    s.push(1)
    s.push(2)
    print(len(s), s.pop(), len(s))
    var words = Stack("a", "b", "c")
    print(words.pop(), words.pop(), len(words))
    var p = Pair[String, Float64]("pi", 3.14)
    print(p.first, p.second)
