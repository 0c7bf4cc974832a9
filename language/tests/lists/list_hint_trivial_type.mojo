# List[T, hint_trivial_type=True] (also written List[T, True]) promises its elements need no
# destructor: destroying or clearing the list frees the buffer without running element destructors.
@fieldwise_init
struct DelCounter(Copyable, Movable):
    var counter: UnsafePointer[Int]

    fn __del__(owned self):
        self.counter[] += 1


def fill[hint: Bool](count: UnsafePointer[Int]) -> Int:
    var l = List[DelCounter, hint]()
    l.append(DelCounter(count))
    l.append(DelCounter(count))
    return len(l)


def main():
    var hinted = 0
    var l = List[DelCounter, hint_trivial_type=True]()
    l.append(DelCounter(UnsafePointer(to=hinted)))
    l.append(DelCounter(UnsafePointer(to=hinted)))
    print(len(l), l[1].counter[])
    l^.__del__()
    print("hinted list destroyed:", hinted)

    var plain = 0
    var k = List[DelCounter]()
    k.append(DelCounter(UnsafePointer(to=plain)))
    k^.__del__()
    print("plain list destroyed:", plain)

    var cleared = 0
    var h = List[DelCounter, True]()
    h.append(DelCounter(UnsafePointer(to=cleared)))
    h.clear()
    print("hinted list cleared:", cleared, len(h))

    var counted = 0
    _ = fill[True](UnsafePointer(to=counted))
    _ = fill[False](UnsafePointer(to=counted))
    print("from a parameter:", counted)

    var ints = List[Int, True](1, 2, 3)
    var total = 0
    for v in ints:
        total += v
    print(total)
