# String.format raises for a malformed format string or a field without its argument, with the
# stdlib's messages; !r and !s are the only conversion flags.


fn show(fmt: String, a: Int, b: String):
    try:
        print(fmt.format(a, b))
    except e:
        print("error:", e)


def main():
    show("{} {!r}", 1, "x")
    show("{1!s} {0!r} {{{0}}}", 1, "x")
    show("{!x}", 1, "x")
    show("{!}", 1, "x")
    show("{!r:d}", 1, "x")
    show("{2}", 1, "x")
    show("{-1}", 1, "x")
    show("{} {} {}", 1, "x")
    show("{} {1}", 1, "x")
    show("{name}", 1, "x")
    show("{ {}", 1, "x")
    show("{}}", 1, "x")
    show("{", 1, "x")
