# A lambda that captures variables cannot be passed as a value yet.


def apply(f: def(x: Int) -> Int, arg: Int) -> Int:
    return f(arg)


def main():
    var z = 3
    print(apply(lambda (x: Int) -> Int: x + z, 1))
