# ArcPointer / OwnedPointer: p[] = v, copy(), count(), is / is not, unsafe_ptr(),
# OwnedPointer(other=box) and OwnedPointer(copy_value=v).
from memory import ArcPointer, OwnedPointer


@fieldwise_init
struct Tally(Copyable, Movable):
    var n: Int

    fn copy(self) -> Self:
        return Tally(self.n + 100)


def main():
    var p = ArcPointer(4)
    var p2 = p
    p2[] = 3
    print(p[], p.count())
    var p3 = p.copy()
    var other = ArcPointer(3)
    print(p.count(), p is p3, p is not p3, p is other, other is not p)
    _ = p3^
    print(p.count(), p.unsafe_ptr() == p2.unsafe_ptr())
    var b = OwnedPointer(1)
    b[] = 2
    var b2 = OwnedPointer(other=b)
    b2[] = b2[] + 5
    print(b[], b2[], b.unsafe_ptr() == b2.unsafe_ptr())
    var t = Tally(1)
    var c = OwnedPointer(copy_value=t)
    print(c[].n, t.n)
    var s = OwnedPointer(String("box"))
    s[] = "new text"
    print(s[])
