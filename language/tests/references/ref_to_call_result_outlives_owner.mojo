# A reference bound to what a method returns keeps using the receiver: moving the receiver
# away while the reference is still used is rejected.
struct Box(Movable):
    var items: List[String]

    fn __init__(out self):
        self.items = ["a", "b", "c"]

    fn first(ref self) -> ref [self.items] String:
        return self.items[0]


def main():
    var box = Box()
    ref r = box.first()
    var other = box^
    print(r)
