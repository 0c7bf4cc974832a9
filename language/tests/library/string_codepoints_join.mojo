# String.codepoints(), tuple membership, join of any printable values, atof's error messages.

from testing import assert_equal


fn parse(text: String):
    try:
        print(atof(text))
    except e:
        print(e)


def main():
    # codepoints: an iterator of Codepoint, with the number left as its length
    var s = "aé🔥"
    var it = s.codepoints()
    print(len(it), it.__has_next__())
    print(it.__next__().to_u32(), len(it))
    print(it.peek_next().value().to_u32(), len(it))
    print(it.next().value().to_u32(), it.next().value().to_u32(), len(it))
    print(it.next() is None, it.__has_next__())
    var n = 0
    for c in "ಮಸ್".codepoints():
        n += Int(c.to_u32() > 0x0C00)
    print(n, len("ಮಸ್".codepoints()))

    # x in a tuple compares x with each element
    print(Codepoint.ord("b") in (Codepoint.ord("a"), Codepoint.ord("b")))
    print(3 in (1, 2), "x" not in ("y", "z"))

    # the argument of assert_equal is evaluated once: next() consumes one codepoint per call
    var it2 = "xy".codepoints()
    assert_equal(it2.next().value(), Codepoint.ord("x"))
    assert_equal(it2.next().value(), Codepoint.ord("y"))
    print(it2.__has_next__())

    # join: values of any printable types, or one list
    var sep = ", "
    print(sep.join(1, "two", 3.5, True))
    print("[" + "-".join() + "]", "-".join("solo"))
    print("+".join(List[UInt8](1, 2, 3)), "+".join(List[String]("a", "b")), "[" + "+".join(List[Int]()) + "]")

    # atof: what it accepts, and why it rejects
    parse(" -12.5e1f ")
    parse("-INFINITY")
    parse("")
    parse(" 12 x")
    parse("e5")
    parse("1_000.5")
    parse("1234567890123456789012345.0")
