# v[T] calls a __getitem__ that takes only compile-time parameters; inside it `@parameter if`
# with _type_is_eq selects a branch, and rebind[T] sees a value as the type it is in that
# instance. assert_equal evaluates each computed argument once, also for its message.
from sys.intrinsics import _type_is_eq
from testing import assert_equal


@fieldwise_init
struct Either(Copyable, Movable):
    var text: String
    var number: Int

    fn __getitem__[T: Copyable & Movable](self) -> T:
        @parameter
        if _type_is_eq[T, String]():
            return rebind[T](self.text)
        else:
            return rebind[T](self.number)


struct Tally:
    var calls: Int

    fn __init__(out self):
        self.calls = 0

    fn next(mut self) -> Int:
        self.calls += 1
        return self.calls


fn either(text: String) -> Either:
    return Either(text, len(text))


def main():
    var e = Either("seven", 7)
    print(e[String], e[Int] + 1)
    print(_type_is_eq[Int, Int](), _type_is_eq[Int, String]())
    assert_equal(either("four")[String], "four")
    assert_equal(either("four")[Int], 4)
    var t = Tally()
    assert_equal(t.next(), 1)
    print("calls:", t.calls)
    try:
        assert_equal(t.next(), 5)
    except err:
        print(err)
    print("calls:", t.calls)
