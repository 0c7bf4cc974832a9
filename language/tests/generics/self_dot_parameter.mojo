# Self.T names a struct's own type parameter (in field and parameter types), and constructor
# arguments declared with it infer the parameter: One(123) is One[Int](123).


struct One[Type: Writable & Copyable & Movable](Copyable, Movable):
    var value: Self.Type

    fn __init__(out self, value: Self.Type):
        self.value = value


struct Two[Type: Writable & Copyable & Movable]:
    var first: Self.Type
    var second: Self.Type

    fn __init__(out self, one: One[Self.Type], another: One[Self.Type]):
        self.first = one.value
        self.second = another.value


def main():
    var s1 = One(123)
    var s2 = One("Hello")
    var two = Two(One(1), One(2))
    print(s1.value, s2.value, two.first, two.second)
