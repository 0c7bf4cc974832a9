# A parametric struct's parameters are inferred from constructor arguments whose declared types
# are made of them (List[T], Optional[List[T]]); a positional argument never binds a keyword-only one.
struct Bag[T: Copyable & Movable]:
    var items: List[T]

    fn __init__(out self, *, var items: Optional[List[T]] = None, label: String = ""):
        self.items = items.value() if items else List[T]()

    fn __init__(out self, var *values: T):
        self.items = List[T]()
        for v in values:
            self.items.append(v)

    fn show(self):
        for i in range(len(self.items)):
            print(self.items[i], end=" ")
        print()


def main():
    var a = Bag(items=List(1, 2, 3))
    var b = Bag(items=["x", "y"], label="letters")
    var c = Bag([1, 2], [3])  # T = List[Int], by the variadic constructor
    a.show()
    b.show()
    print(len(c.items), len(c.items[0]))
