from memory import OwnedPointer, ArcPointer


struct Res:
    var name: String

    fn __init__(out self, name: String):
        self.name = name

    fn __moveinit__(out self, deinit existing: Self):
        self.name = existing.name

    fn __del__(deinit self):
        print("release", self.name)


def main():
    var owned = OwnedPointer(Res("solo"))
    print("owned holds", owned[].name)
    var moved = owned^
    print("moved holds", moved[].name)
    var a = ArcPointer(Res("shared"))
    var b = a
    print("a and b hold", a[].name, b[].name)
    _ = a^
    print("a is gone, b still holds", b[].name)
    var counter = OwnedPointer(5)
    print(counter[] + 1)
