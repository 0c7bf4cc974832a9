def main():
    var s = "  Hello, Mojo World  "
    var t = s.strip()
    print("[" + t + "]", "[" + s.lstrip() + "]", "[" + s.rstrip() + "]")
    print(t.find("Mojo"), t.find("nope"), t.rfind("o"), t.count("o"))
    print(t.upper(), t.lower())
    print(t.replace("o", "0"), t.startswith("Hello"), t.endswith("World"), t.endswith("x"))
    var parts = "a,b,,c".split(",")
    print(len(parts), parts.__str__())
    var words = "  split   on spaces ".split()
    print(words.__str__(), "-".join(words))
    print("xxhixx".strip("x"), "123".isdigit(), "12a".isdigit())
    for c in "héllo":
        print(c, end="|")
    print()
    print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("ab", "-"), "{!r} vs {!s}".format("q", "q"))
    print(repr("it's"), repr(42), repr(1.5))
    var acc = String()
    for i in range(5):
        acc += String(i)
        acc += ","
    print(acc, len(acc))
    var name: String = "Mojo"
    var copy = name
    copy += "!"
    print(name, copy)
    print(String.__lt__("abc", "abd"), "hello".center(9, "*"), "ab".ljust(4, "."), "ab".rjust(4))
    print("hello world".removeprefix("hello "), "file.mojo".removesuffix(".mojo"), "é".islower(), "ÉA1".isupper())
    print(" \t\n".isspace(), "héllo".char_length(), "ab".startswith("b", start=1), "abc".endswith("b", end=2))
    print(repr("a\x00\x7f"), "".replace("", "x"), "ab".replace("", "-"), "abc".__contains__("bc"))
    print(atol(" 0xff ", 16), atol("0b_1001", 2), atol("0o17", 0), atol("-1_000"), String.HEX_DIGITS)
    try:
        _ = atol("5__5")
    except e:
        print(e)
