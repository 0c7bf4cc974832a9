# Assigning through a reference a function returns (f() = v, f().field = v) destroys the value it
# replaces, whether the reference points into native memory (a list element) or at a field.
@fieldwise_init
struct Loud(Copyable, Movable):
    var name: String

    fn __del__(deinit self):
        print("del", self.name)


@fieldwise_init
struct Holder(Copyable, Movable):
    var inner: Loud
    var label: String


struct Shelf:
    var items: List[Holder]
    var spare: Holder

    fn __init__(out self):
        self.items = [Holder(Loud("a"), String(1))]
        self.spare = Holder(Loud("s"), String(2))

    fn first(mut self) -> ref [self.items] Holder:
        return self.items[0]

    fn extra(mut self) -> ref [self] Holder:
        return self.spare


def main():
    var shelf = Shelf()
    print("set inner")
    shelf.first().inner = Loud("b")
    shelf.first().label = String(3)
    print("set whole")
    shelf.first() = Holder(Loud("c"), String(4))
    print("set spare field")
    shelf.extra().inner = Loud("t")
    print(shelf.items[0].inner.name, shelf.items[0].label, shelf.spare.inner.name)
