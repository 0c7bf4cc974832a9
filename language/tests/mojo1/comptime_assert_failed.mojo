# A `comptime assert` whose condition is false stops the compilation.


def block[w: Int]() -> Int:
    comptime assert w > 1, "w must be more than one"
    return w


def main():
    print(block[4]())
    print(block[1]())
