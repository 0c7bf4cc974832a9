# A library function is checked in its own module's names: the generic assert_true calls the
# testing module's private helper, not this program's function of the same name, and a program's
# own names do not leak into it.
from testing import assert_true


fn _fail(msg: String):
    print("the program's own _fail:", msg)


def main():
    _fail("called directly")
    try:
        assert_true(1 > 2, "one is not greater than two")
    except e:
        print("caught:", e)
