# Moves through pointers run __moveinit__ as in Mojo: init_pointee_move, take_pointee and
# move_pointee_into move once each; passing x^ to a var argument hands the value over without a
# move; extend(other^) moves each element; a copy-only type is copied at a variable's last use.
struct MC(Copyable, Movable):
    var n: Int

    fn __init__(out self, n: Int):
        self.n = n

    fn __moveinit__(out self, owned existing: Self):
        print("move", existing.n)
        self.n = existing.n + 100

    fn __copyinit__(out self, existing: Self):
        print("copy", existing.n)
        self.n = existing.n + 1000


struct CopyOnly(Copyable):
    var copies: Int

    fn __init__(out self):
        self.copies = 0

    fn __copyinit__(out self, *, other: Self):
        self.copies = other.copies + 1


fn take(var x: MC):
    print("took", x.n)


fn keep(var c: CopyOnly) -> Int:
    return c.copies


fn main():
    take(MC(1)^)
    var v = MC(2)
    take(v^)
    var p = UnsafePointer[MC].alloc(2)
    var w = MC(3)
    p.init_pointee_move(w^)
    print("in", p[].n)
    var t = p.take_pointee()
    print("out", t.n)
    p.init_pointee_move(t^)
    p.move_pointee_into(p + 1)
    print("moved into", p[1].n)
    (p + 1).destroy_pointee()
    p.free()

    var a = List[MC](capacity=4)
    a.append(MC(4))
    var b = List[MC](capacity=2)
    b.append(MC(5))
    a.extend(b^)
    print(a[0].n, a[1].n)

    var c = CopyOnly()
    print("copies", keep(c))
