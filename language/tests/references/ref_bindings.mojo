@fieldwise_init
struct Inner(Copyable, Movable):
    var value: Int


@fieldwise_init
struct Outer(Copyable, Movable):
    var name: String
    var inner: Inner


fn show(ref o: Outer):
    print(o.name, o.inner.value)


fn main():
    var o = Outer("outer", Inner(1))
    ref v = o.inner.value
    v = 10
    v += 5
    print(o.inner.value, v)
    ref inner = o.inner
    inner.value = 42
    show(o)
    ref n = o.name
    n += "!"
    print(o.name)
