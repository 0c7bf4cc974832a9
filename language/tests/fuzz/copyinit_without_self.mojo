# Found by the fuzzer (a replaced token): a __copyinit__ that takes no 'other: Self' (here it is
# generic) crashed the compiler when a copy called it.
@fieldwise_init
struct Pt(Copyable):
    var x: Int

    fn __copyinit__(out self, other: UnsafePointer):
        self.x = 1


@fieldwise_init
struct Mv(Movable):
    var x: Int

    fn __moveinit__(out self, deinit existing: Int):
        self.x = existing


def main():
    var a = Pt(1)
    var b = a
    print(b.x)
