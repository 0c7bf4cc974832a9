# Mojo 1.x spells the copy and move constructors as keyword-only constructors:
# `__init__(out self, *, copy: Self)` and `__init__(out self, *, deinit take: Self)`; the compiler
# uses them for implicit copies, `.copy()`, and `^` transfers. With `var take` instead of
# `deinit take`, the moved-from source is still destroyed after the move.

struct Res(Copyable, Movable):
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("init", name)

    def __init__(out self, *, copy: Self):
        self.name = copy.name + "'"
        print("copy", self.name)

    def __init__(out self, *, deinit take: Self):
        self.name = take.name
        print("move", self.name)

    def __del__(deinit self):
        print("del", self.name)

struct Loud(Movable):
    var name: String

    def __init__(out self, name: String):
        self.name = name

    def __init__(out self, *, var take: Self):
        self.name = take.name + "+"
        print("move", self.name)

    def __del__(deinit self):
        print("del", self.name)

def show(r: Res):
    print("show", r.name)

def keep(var r: Res):
    print("keep", r.name)

def main():
    var a = Res("a")
    var b = a.copy()
    keep(b)
    show(b)
    var c = a^
    print(b.name, c.name)
    var l = Loud("l")
    var m = l^
    print(m.name)
