# A mutating method called on an Optional's value (`o.value().add(x)`, `o[].push(x)`) changes the
# value the Optional holds, as the reference Mojo's value() returns does; also through a field.
from collections import Set


struct Stack(Copyable, Movable):
    var items: List[Int]

    fn __init__(out self):
        self.items = List[Int]()

    fn push(mut self, x: Int):
        self.items.append(x)


struct Filter(Movable):
    var allowed: Optional[Set[String]]

    fn __init__(out self):
        self.allowed = None

    fn allow(mut self, name: String):
        if not self.allowed:
            self.allowed = Set[String]()
        self.allowed.value().add(name)


fn main():
    var names: Optional[Set[String]] = Set[String]()
    names.value().add("a")
    names.value().add("b")
    print(len(names.value()), "a" in names.value())

    var s = Optional(Stack())
    s[].push(1)
    s[].push(2)
    s.value().push(3)
    print(len(s.value().items), s.value().items[2])

    var f = Filter()
    f.allow("x")
    f.allow("y")
    print(len(f.allowed.value()))
