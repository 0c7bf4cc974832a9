# utils.Variant: a tagged union; the held member's own lifecycle methods run, never another's.
from utils import Variant
from sys.ffi import _Global


alias EVENTS = _Global["EVENTS", Int, _no_events]


fn _no_events() -> Int:
    return 0


struct Counted(Copyable, Movable):
    var copies: Int
    var moves: Int

    fn __init__(out self):
        self.copies = 0
        self.moves = 0

    fn __copyinit__(out self, other: Self):
        self.copies = other.copies + 1
        self.moves = other.moves

    fn __moveinit__(out self, owned other: Self):
        self.copies = other.copies
        self.moves = other.moves + 1


struct Noisy(Copyable, Movable):
    """Counts every lifecycle call in the EVENTS global."""
    var name: String

    fn __init__(out self, name: String):
        self.name = name

    fn __copyinit__(out self, other: Self):
        self.name = other.name
        EVENTS.get_or_create_ptr()[] += 1

    fn __moveinit__(out self, owned other: Self):
        self.name = other.name^
        EVENTS.get_or_create_ptr()[] += 1

    fn __del__(owned self):
        EVENTS.get_or_create_ptr()[] += 1


fn describe(v: Variant[Int, String, Float64]) -> String:
    if v.isa[Int]():
        return "Int " + String(v[Int])
    if v.isa[String]():
        return "String " + v[String]
    return "Float64 " + String(v[Float64])


def main():
    var v: Variant[Int, String, Float64] = 42
    print(describe(v))
    v = "text"
    print(describe(v))
    v.set[Float64](2.5)
    print(describe(v))
    v[Float64] = 3.5
    print(describe(v), v.unsafe_get[Float64]())
    print(Variant[Int, String].is_type_supported[String](), v.is_type_supported[Bool]())

    var s = Variant[Int, String](String("owned"))
    var old = s.replace[Int, String](7)
    print(old, s[Int])
    var taken = s.take[Int]()
    print(taken, s.isa[Int]())

    # copies and moves of the held member: one copy and one move per Variant copy
    var c1 = Variant[Counted, Noisy](Counted())
    var c2 = c1
    var c3 = c2.copy()
    print(c1[Counted].copies, c1[Counted].moves, c2[Counted].copies, c2[Counted].moves, c3[Counted].copies, c3[Counted].moves)
    print(EVENTS.get_or_create_ptr()[])  # no Noisy method ran

    # a Noisy member's own lifecycle methods run: moved in (1), copied and moved into place (2),
    # moved along with each variant `_ = v^` moves (2), destroyed twice (2)
    var n1 = Variant[Counted, Noisy](Noisy("n"))
    var n2 = n1
    _ = n1^
    _ = n2^
    print(EVENTS.get_or_create_ptr()[])
    # a taken value is the caller's: the variant does not destroy it again
    var n3 = Variant[Counted, Noisy](Noisy("m"))
    var noisy = n3.unsafe_take[Noisy]()
    _ = n3^
    print(noisy.name)
