# An argument typed with a parametric struct whose parameters are left unbound makes the
# function generic over them (Mojo's automatic parameterization), also when the struct is
# declared below the function.

fn describe(b: Box) -> String:
    return "Box of " + String(b.size)

fn first_is_int(p: Pair[Int, _]) -> Int:
    return p.a * 10

fn any_pair(p: Pair[*_]) -> String:
    return "a pair"

fn keyword_pair(p: Pair[A=String, **_]) -> String:
    return p.a + "!"

fn ellipsis_pair(p: Pair[Int, ...]) -> Int:
    return p.a + 1

@fieldwise_init
struct Box[T: Copyable & Movable, size: Int](Copyable, Movable):
    var value: T

@fieldwise_init
struct Pair[A: Copyable & Movable, B: Copyable & Movable](Copyable, Movable):
    var a: A
    var b: B

@fieldwise_init
struct Holder[T: Copyable & Movable, n: Int = 4](Copyable, Movable):
    var value: T

struct Bag[T: Copyable & Movable & Writable]:
    var items: List[T]

    fn __init__(out self, var *values: T, __list_literal__: ()):
        self.items = List[T]()
        for v in values:
            self.items.append(v)

fn describe_bag(bag: Bag[_]) -> String:
    return "bag of " + String(len(bag.items))

fn main():
    print(describe(Box[Int, 3](7)))
    print(describe(Box[String, 5]("s")))
    # a @fieldwise_init constructor infers the struct's parameters from its arguments
    var p = Pair(4, "x")
    var q = Pair("y", 2.5)
    print(first_is_int(p), ellipsis_pair(p))
    print(any_pair(p), any_pair(q))
    print(keyword_pair(q))
    # a defaulted parameter that the arguments do not bind takes its default
    var s = Holder(1.5)
    print(s.n, s.value)
    # a list literal passed where an unbound parametric struct with a literal constructor is expected
    print(describe_bag([1.5, 2.5, 3.5]), describe_bag(["a"]))
