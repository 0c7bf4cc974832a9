# memory.maybe_uninitialized.UnsafeMaybeUninitialized: explicit write / copy_from / move_from /
# destroy; dropping the wrapper never destroys the value. os.abort stops the program.
from memory.maybe_uninitialized import UnsafeMaybeUninitialized
from os import abort


struct Counted(Copyable, Movable):
    var moves: Int
    var copies: Int
    var name: String

    fn __init__(out self, name: String):
        self.moves = 0
        self.copies = 0
        self.name = name

    fn __copyinit__(out self, existing: Self):
        self.moves = existing.moves
        self.copies = existing.copies + 1
        self.name = existing.name

    fn __moveinit__(out self, owned existing: Self):
        self.moves = existing.moves + 1
        self.copies = existing.copies
        self.name = existing.name^

    fn __del__(owned self):
        print("del", self.name)


def main():
    var a = UnsafeMaybeUninitialized[Counted](Counted("a"))
    print(a.assume_initialized().name, a.assume_initialized().moves)
    var b = UnsafeMaybeUninitialized[Counted]()
    b.copy_from(a)
    print(b.assume_initialized().copies)
    var c = UnsafeMaybeUninitialized[Counted]()
    c.move_from(a)
    print(c.assume_initialized().moves)
    a.write(Counted("a2"))
    a.assume_initialized_destroy()
    b.assume_initialized_destroy()
    c.assume_initialized_destroy()
    var d = UnsafeMaybeUninitialized[Counted](Counted("never destroyed"))
    d.unsafe_ptr()[].name = "taken"
    var taken = d.unsafe_ptr().take_pointee()
    _ = d^  # (d lives until here: its memory is released, its value was taken)
    print(taken.name)
    abort("stop here")
    print("not reached")
