# Mojo 1.x typed errors: `raises E`, catching an E with its fields, an E passed on as an Error,
# `raises Never` and a function returning `Never`.


@fieldwise_init
struct ParseError(Copyable, Writable):
    var line: Int
    var reason: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write("line ", self.line, ": ", self.reason)


def parse_digit(text: String, line: Int) raises ParseError -> Int:
    if text == "7":
        return 7
    raise ParseError(line, "not a seven: " + text)


def first_digit(text: String) raises ParseError -> Int:
    # an E raised by a callee goes on up as it is
    return parse_digit(text, 1) + 0


def as_error(text: String) raises -> Int:
    # a typed error passed on from a function that raises Error becomes an Error with its text
    return parse_digit(text, 3)


def wrap(text: String) raises ParseError -> Int:
    try:
        return as_error(text)
    except e:
        raise ParseError(9, String(e))


def add(a: Int, b: Int) raises Never -> Int:
    return a + b


def fail(message: String) raises -> Never:
    raise Error(message)


def checked_half(n: Int) raises -> Int:
    if n % 2 == 0:
        return n // 2
    fail("odd: " + String(n))


def main():
    try:
        print(parse_digit("7", 1))
        print(parse_digit("x", 2))
    except e:
        print("caught at line", e.line, "because", e.reason)
    try:
        _ = first_digit("y")
    except e:
        print("first_digit:", e)
    try:
        _ = as_error("z")
    except e:
        print("as Error:", e)
    try:
        _ = wrap("q")
    except e:
        print("wrapped:", e.line, e.reason)
    print(add(2, 3))
    try:
        print(checked_half(10))
        print(checked_half(3))
    except e:
        print("failed:", e)
