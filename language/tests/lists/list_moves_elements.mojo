# A List moves its elements as Mojo's List does (25.6 source): append and literals move the value in
# (init_pointee_move; a value passed with ^ is handed over without a move), growth moves every
# element to the new buffer, pop takes the element out and moves it to the caller, insert appends then swaps down (three moves a step); copies only copy.
struct Loud(Copyable, Movable):
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id + 100
        print("copy", existing.id)

    fn __moveinit__(out self, deinit existing: Self):
        self.id = existing.id
        print("move", existing.id)

    fn __del__(deinit self):
        print("del", self.id)


fn take(var l: Loud):
    print("take", l.id)


fn main():
    var a = Loud(0)
    take(a^)
    print("append rvalue")
    var louds = List[Loud]()
    louds.append(Loud(1))
    print("append 2")
    louds.append(Loud(2))
    var extra = Loud(3)
    print("append var")
    louds.append(extra^)
    print("pop")
    var p = louds.pop()
    print("popped", p.id)
    print("insert")
    louds.insert(0, Loud(4))
    print("copy list")
    var other = louds.copy()
    print("set")
    louds[0] = Loud(9)
    print("end", len(other))
    print("reverse")
    var r = [Loud(5), Loud(6)]
    r.reverse()
    print(r[0].id, r[1].id)
