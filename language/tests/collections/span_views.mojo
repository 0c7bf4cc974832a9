# A Span views elements that something else owns: writes through it (and through its copies and
# slices) reach the owner, and the owner lives as long as the span is used.


fn first_two(values: Span[Int]) -> Span[Int]:
    return values[:2]


fn pick(cond: Bool, mut a: List[Int], mut b: List[Int]):
    var either = Span(a) if cond else Span(b)
    either[0] = 0
    either[-1] += 100


def main():
    var nums = [1, 2, 3, 4, 5]
    var tail = Span(nums)[2:]
    tail[0] = 30
    var copy = tail
    copy[-1] = 50
    print(nums, len(tail), tail)
    var front = first_two(nums)
    front[1] = 20
    print(nums, Span(nums)[1:4], Span(nums)[10:], len(Span(nums)[-2:]))

    var a = [1, 2, 3]
    var b = [4, 5, 6]
    pick(True, a, b)
    pick(False, a, b)
    print(a, b)

    # a span of memory no List owns
    var p = UnsafePointer[Int].alloc(3)
    for i in range(3):
        (p + i).init_pointee_copy(i * 7)
    var raw = Span(ptr=p, length=3)
    raw[1] = 70
    print(raw, p[1], raw.unsafe_ptr() == p)
    p.free()

    # a String's bytes, where they are
    var text = String("Hello")
    var bytes = text.as_bytes_mut()
    bytes[0] = ord("J")
    bytes[1:][3] = ord("y")
    print(text, len(text.as_bytes()), "Hi".as_bytes()[1])

    # List methods that read serve a span; spans fill, swap and copy in place
    var items = [9, 8]
    items.extend(Span(nums)[:2])
    print(items, 20 in Span(items), Span(items).count(9), Span(items).__str__())
    var dst = [0, 0, 0]
    Span(dst).copy_from(Span(nums)[2:])
    Span(dst)[:2].fill(-1)
    Span(dst).swap_elements(0, 2)
    print(dst, Span(dst) == Span(nums)[2:], Span(nums)[2:] == Span(nums)[2:])
    for n in Span(nums)[3:]:
        print(n)
    for n in reversed(Span(nums)[:2]):
        print(n)

    # a List of elements the program initializes itself, and an explicit destructor call
    var names = List[String](unsafe_uninit_length=2)
    UnsafePointer(to=names[0]).init_pointee_move("left")
    UnsafePointer(to=names[1]).init_pointee_move("right")
    names.resize(unsafe_uninit_length=3)
    (names.unsafe_ptr() + 2).init_pointee_move("centre")
    names.resize(unsafe_uninit_length=1)
    print(names, len(names))
    names^.__del__()
