@fieldwise_init
struct Dog(Writable, Representable):
    var name: String

    fn write_to[W: Writer](self, mut writer: W):
        writer.write("Dog(", self.name, ")")

    fn __repr__(self) -> String:
        return String("Dog(name=", repr(self.name), ")")


def main():
    dog = Dog("Rex")
    print("A: {!s} B: {!r}".format(dog, dog))
    print("A: {} B: {!r}".format(dog, dog))
