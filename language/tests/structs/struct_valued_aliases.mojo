# A struct's alias can be a value of the struct itself, made by its constructor (the enum pattern
# `alias RED = Self(0)`): used through the struct's name, Self or a value of the struct, it is that value.
struct Color(Copyable, EqualityComparable, Movable, Writable):
    var code: Int

    fn __init__(out self, code: Int):
        self.code = code

    alias RED = Self(0)
    alias GREEN = Color(1)
    alias BLUE = Self(2)

    fn __eq__(self, other: Self) -> Bool:
        return self.code == other.code

    fn __ne__(self, other: Self) -> Bool:
        return self.code != other.code

    fn is_red(self) -> Bool:
        return self == Self.RED

    fn write_to[W: Writer](self, mut writer: W):
        if self == Self.RED:
            writer.write("red")
        elif self == Self.GREEN:
            writer.write("green")
        else:
            writer.write("blue")


fn main():
    var c = Color.GREEN
    print(c, c.is_red(), Color.RED.is_red())
    print(c.BLUE, c == c.GREEN)
    print(Color.BLUE == Color(2), Color.BLUE != Color.RED)
    var all = [Color.RED, Color.GREEN, Color.BLUE]
    for x in all:
        print(x, x.code)
