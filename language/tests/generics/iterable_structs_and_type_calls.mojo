# A struct is iterable through its __iter__ (here a list of its items); a static method is
# called through a parametric struct's type (Bag[String].of(...)); Optional and List values
# are Boolable arguments of a generic function.


struct Bag[T: Copyable & Movable](Movable):
    var items: List[T]

    fn __init__(out self):
        self.items = List[T]()

    @staticmethod
    fn of(var first: T, var second: T) -> Self:
        var bag = Bag[T]()
        bag.items.append(first^)
        bag.items.append(second^)
        return bag^

    fn __iter__(self) -> List[T]:
        return self.items.copy()


fn truth[B: Boolable, //](value: B) -> Bool:
    return Bool(value)


def main():
    var words = Bag[String].of("to", "be")
    var joined = String()
    for w in words:
        joined += w
    print(joined)
    var total = 0
    for n in Bag[Int].of(3, 4):
        total += n
    print(total)
    var some: Optional[Int] = 5
    var none: Optional[Int] = None
    print(truth(some), truth(none), truth(List[Int]()), truth([1]))
