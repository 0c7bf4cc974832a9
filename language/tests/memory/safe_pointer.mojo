# Pointer[T, origin] and Pointer(to=x): a reference to a value that lives elsewhere; p[] reads and
# writes it. Optional[Pointer[T, _]].copied() copies the pointee; Span.as_ref() points at its first element.
from memory import Pointer


fn bump(p: Pointer[Int, _]):
    p[] += 1


def main():
    var n = 41
    var p = Pointer(to=n)
    bump(p)
    print(n, p[])

    var data = String("foo")
    var maybe: Optional[Pointer[String, __origin_of(data)]] = Optional(Pointer(to=data))
    var owned: Optional[String] = maybe.copied()
    print(owned.value())
    var empty = Optional[Pointer[String, __origin_of(data)]]()
    print(empty.copied().__bool__())

    var arr = InlineArray[Int, 3](7, 8, 9)
    var s = Span[Int](array=arr)
    print(s.as_ref()[], s.as_ref() == Pointer(to=arr[0]))
