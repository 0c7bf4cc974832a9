# assert_equal(o.next().value(), ...): the value inside a returned Optional is copied out once,
# the Optional is destroyed once, and the comparison and the message both see the copy.
from testing import assert_equal


struct Letters:
    var i: Int

    fn __init__(out self):
        self.i = 0

    fn next(mut self) -> Optional[String]:
        self.i += 1
        if self.i > 2:
            return None
        return String("ab")[self.i - 1]


def main():
    var o = Letters()
    assert_equal(o.next().value(), "a")
    try:
        assert_equal(o.next().value(), "x")
    except e:
        print(String(e).split("\n")[1])
    print(o.i)
