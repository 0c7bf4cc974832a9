# A struct's alias can be read through an instance, like a field (it is a compile-time value).
struct Buffer[T: Copyable & Movable]:
    alias default_size = 8
    var size: Int

    fn __init__(out self, size: Int = Self.default_size):
        self.size = size

    fn is_default(self) -> Bool:
        return self.size == self.default_size


def main():
    var b = Buffer[Int]()
    var c = Buffer[String](3)
    print(b.size, b.default_size, b.is_default())
    print(c.size, c.default_size, c.is_default())
