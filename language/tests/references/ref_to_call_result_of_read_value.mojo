# A reference bound to what a method returns for a read-only receiver cannot be assigned through.
struct Box(Movable):
    var items: List[String]

    fn __init__(out self):
        self.items = ["a", "b", "c"]

    fn first(ref self) -> ref [self.items] String:
        return self.items[0]


fn change(b: Box):
    ref r = b.first()
    r = "x"


def main():
    change(Box())
