# mut arguments and mut methods reach list elements, their fields, ref loop variables and pointees.
from memory import UnsafePointer

@fieldwise_init
struct Counter(Copyable, Movable):
    var n: Int
    fn incr(mut self):
        self.n += 1

@fieldwise_init
struct Named(Copyable, Movable):
    var name: String
    var hits: Int

fn add_one(mut x: Int):
    x += 1

fn bump(mut c: Counter):
    c.n += 10

fn read_only(items: List[Counter]):
    print(items[0].n)

def main():
    var xs = [1, 2, 3]
    add_one(xs[0])
    add_one(xs[-1])
    print(xs)
    var cs = [Counter(0), Counter(5)]
    cs[1].incr()
    bump(cs[0])
    add_one(cs[0].n)
    for ref c in cs:
        c.incr()
    print(cs[0].n, cs[1].n)
    read_only(cs)
    var ns = [Named("a", 0)]
    add_one(ns[0].hits)
    ns[0].name += "?"
    print(ns[0].name, ns[0].hits)
    var p = UnsafePointer[Counter].alloc(1)
    p.init_pointee_move(Counter(40))
    p[].incr()
    bump(p[])
    add_one(p[].n)
    print(p[].n)
    p.destroy_pointee()
    p.free()
