fn main() raises:
    var s: String = "Testing"
    s += " Mojo strings"
    print(s)
    print("Items in list: " + String(5))
    print(String("Items in list: ", 5, " ", 2.5, " ", True))
    print("la" * 3, "-" * 0, len("hello"), len("héllo"), len(""))
    var t = "hello world"
    print(t[0], t[4], t[-1], t[0:5], t[6:], t[:5], t[::2], t[::-1])
    print(String(42), String(-1.5), String(True), Int("123") + 1, Float64("2.5") * 2)
    print(Int(3.99), Int(-3.99), Int(True), Float64(7), Bool(0), Bool(3), Bool(""), Bool("x"))
    print("a", "b", "c", sep="-")
    print("no newline", end="")
    print(" <- continued", end="!\n")
    print()
    print("tab\tand\\backslash \"quoted\" 'single'")
    print('single quotes', """triple""")
    print(min(3, 1, 2), max(3, 1, 2), min(1.5, 2), max("a", "b"), abs(-4), abs(-2.5))
