# Misused size_of / align_of, Optional(value), reversed(), and imports inside a function.
from sys import size_of, align_of


def main():
    print(size_of[Int](1))
    print(align_of())
    var o = Optional()
    for x in reversed([1], [2]):
        print(x)
    for c in reversed(5):
        print(c)
    import mylocalmodule
