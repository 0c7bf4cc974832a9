# **kwargs: the keyword arguments no other parameter takes arrive as a dict of them by name,
# in the order given; a function type may have a variadic parameter (*args: T).


fn describe(title: String, *values: Int, **options: Int) -> String:
    var text = title + ":"
    for v in values:
        text += " " + String(v)
    for e in options.items():
        text += " " + e.key + "=" + String(e.value)
    return text + " (" + String(len(options)) + " options)"


fn count(*args: Int) -> Int:
    return len(args)


def apply[R: AnyType, F: def(x: Int) -> R, //](f: F, x: Int) -> R:
    return f(x)


fn twice(x: Int) -> String:
    return String(x) + String(x)


def main():
    print(describe("plain"))
    print(describe("numbers", 1, 2, 3))
    print(describe("both", 4, width=80, depth=2))
    print(describe(title="only options", z=1))
    var counter: fn(*args: Int) -> Int = count
    print(counter(), counter(7), counter(1, 2, 3))
    print(apply(twice, 21))
