# A lambda that captures variables is a value: passed to a function, it reads them where they live.


def apply(f: def(x: Int) -> Int, arg: Int) -> Int:
    return f(arg)


def main():
    var z = 3
    print(apply(lambda (x: Int) -> Int: x + z, 1))
    z = 10
    var add_z = lambda (x: Int) -> Int: x + z
    print(apply(add_z, 1))
