# slice(...) values, Slice passed to a struct's __getitem__ (a[start:end:step]), Slice.indices,
# a slice literal building another struct (its constructor takes the three parts), Optional equality,
# and Scalar[DType.index] as a type of its own (not Int) in overloads.


struct Letters:
    var text: String

    fn __init__(out self, text: String):
        self.text = text

    fn __getitem__(self, s: Slice) -> String:
        var start: Int
        var end: Int
        var step: Int
        start, end, step = s.indices(len(self.text))
        var out = String()
        for i in range(start, end, step):
            out += self.text[i]
        return out


@fieldwise_init
struct Window(Copyable, Movable):
    var first: Int
    var label: String
    var scale: Float64


struct Frames:
    fn __init__(out self):
        pass

    fn __getitem__(self, w: Window) -> String:
        return String(w.label, "@", w.first, "x", w.scale)


fn kind(n: Int) -> String:
    return "Int"


fn kind(n: Scalar) -> String:
    return "Scalar"


def main():
    var s = slice(1, None, -1)
    print(s, repr(slice(5)), s.start.value(), s.end is None)
    print(slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3))
    print(s.indices(5)[0], s.indices(5)[1], s.indices(5)[2])
    var letters = Letters("abcdef")
    print(letters[1:4], letters[::2], letters[::-1], letters[-2:])
    print(Frames()[3:"wide":1.5])
    var a = Optional(3)
    var b = Optional[Int](None)
    print(a == 3, a != 4, a == b, b == Optional[Int](None))
    print(kind(7), kind(Scalar[DType.index](7)), kind(Int32(7)))
