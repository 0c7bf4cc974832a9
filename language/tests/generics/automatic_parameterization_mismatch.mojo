@fieldwise_init
struct Pair[A: Copyable & Movable, B: Copyable & Movable](Copyable, Movable):
    var a: A
    var b: B

fn first_is_int(p: Pair[Int, *_]) -> Int:
    return p.a

fn main():
    print(first_is_int(Pair("no", 1)))
