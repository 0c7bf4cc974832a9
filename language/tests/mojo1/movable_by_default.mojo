# In Mojo 1.x every struct is Movable without declaring it; `RegisterPassable` is a trait, and
# `ImplicitlyDeletable` the name of the trait of values destroyed at their last use.
from std.testing import assert_equal


struct Token:
    var text: String

    def __init__(out self, text: String):
        self.text = text


def take(var t: Token) -> String:
    return t.text


@fieldwise_init
struct Point(RegisterPassable):
    var x: Int
    var y: Int


struct Holder[T: Copyable & ImplicitlyDeletable]:
    var value: Self.T

    def __init__(out self, value: Self.T):
        self.value = value.copy()


def main() raises:
    var t = Token("moved")
    var u = t^
    print(take(u^))
    var p = Point(1, 2)
    var q = p^
    assert_equal(q.x + q.y, 3)
    var h = Holder(String("held"))
    print(h.value)
