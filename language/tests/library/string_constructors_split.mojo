# String's keyword constructors, Int(text, base=b), calls through type aliases of List and Tuple,
# and split with maxsplit, an empty separator and Unicode whitespace.


def main():
    # String(a, b, sep=..., end=...) and the library's keyword constructors
    print(String("message", 42, 42.2, True, sep=", "))
    print(String(1, 2, end="!"), String("x", "y", sep="-", end="."))
    var nel = String(bytes=List[UInt8](0xC2, 0x85))
    print(len(nel), nel.isspace(), String(bytes=List[UInt8](104, 105)))
    var c = String(capacity=16)
    c += "grown"
    print(c)
    print(len(String(unsafe_uninit_length=3)))
    print(Int("10", base=8), Int("ff", base=16), Int("0b101", base=0))

    # a type alias of a List or a Tuple is called like the type
    alias L = List[String]
    alias T = Tuple[Int, String]
    var l = L("a", "b")
    var t = T(1, "one")
    print(len(l), l[1], t[0], t[1])

    # split: maxsplit, an empty separator, every kind of whitespace
    print(String("|").join("a,b,c".split(",", 1)), len("a,b,c".split(",", 0)))
    print(String("|").join("abc".split("")))
    var words = String(" one\x1ctwo", nel, "three  four ").split()
    print(len(words), String("|").join(words))
    print(String("|").join(" a b  c ".split(maxsplit=1)) + "<")
