# Mojo 1.x initializer lists: `{name = value, ...}` calls a constructor of the type the context expects.


@fieldwise_init
struct Pair(Copyable, Writable):
    var first: Int
    var second: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("(", self.first, ", ", self.second, ")")


struct Span2(Writable):
    var start: Int
    var count: Int

    def __init__(out self, *, start: Int = 0, count: Int):
        self.start = start
        self.count = count

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.start, "+", self.count)


def show(p: Pair):
    print(p)


def make() -> Span2:
    return {count = 3}


def main():
    var p: Pair = {first = 1, second = 2}
    print(p)
    show({second = 4, first = 3})
    print(make())
    var s: Span2 = {start = 5, count = 6}
    print(s)
    s = {count = 7}
    print(s)
