# An alias in a function body whose value is not folded by the compiler (a method call, a tuple, a
# String built at run time) holds that value at each use; String(s) of a new String takes it over.


fn describe(n: Int) -> String:
    alias prefix = String("  value: ".strip())
    alias sizes = (1, 2, 4)
    alias code = ord("A")
    return prefix + " " + String(n * sizes[2] + code)


def main():
    print(describe(1))
    print(describe(2))
    var kept = String("  padded  ".strip())
    var copied = String(kept)
    print(repr(kept), repr(copied))
