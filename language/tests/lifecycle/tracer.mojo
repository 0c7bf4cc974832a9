struct Tracer:
    var name: String

    fn __init__(out self, name: String):
        self.name = name
        print("init", name)

    fn __copyinit__(out self, existing: Self):
        self.name = existing.name + "'"
        print("copy", existing.name)

    fn __moveinit__(out self, deinit existing: Self):
        self.name = existing.name
        print("move", existing.name)

    fn __del__(deinit self):
        print("del", self.name)


fn take(var t: Tracer):
    print("take", t.name)


fn borrow(t: Tracer):
    print("borrow", t.name)


fn make(name: String) -> Tracer:
    var t = Tracer(name)
    return t^


fn main():
    var a = Tracer("a")
    var b = a  # a is used below: a copy
    borrow(a)  # the last use of a: destroyed right after this call
    print("after borrow")
    take(b^)  # moved into take, which destroys it
    print("after take")
    var c = Tracer("c")
    take(c)  # the last use of c: a move, not a copy
    var d = make("d")
    print("got", d.name)  # the old d dies here: it is overwritten below
    d = Tracer("d2")  # never used: destroyed at once
    print("end of main")
