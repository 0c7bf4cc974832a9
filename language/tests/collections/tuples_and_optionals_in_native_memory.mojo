# Tuples and Optionals have a native layout too (an Optional is its value followed by a presence flag): lists of them, and structs holding them, are flat native buffers.
from sys import size_of

@fieldwise_init
struct Slot(Copyable, Movable):
    var name: Optional[String]
    var pos: Tuple[Int, Int]

def main():
    var pairs = [(1, "a"), (2, "b")]
    pairs.append((3, "c"))
    print(pairs[1][1], len(pairs), pairs[2][0])
    for p in pairs:
        print(p[0], p[1], end="; ")
    print()
    var maybe: List[Optional[Int]] = [Optional(1), None, Optional(3)]
    var total = 0
    for m in maybe:
        if m:
            total += m.value()
    print(total, Bool(maybe[1]))
    var names = List[Optional[String]]()
    names.append(String("x"))
    names.append(None)
    print(names[0].value(), names[1].or_else("none"))
    var slots = [Slot(String("s"), (1, 2)), Slot(None, (3, 4))]
    print(slots[0].name.value(), slots[1].pos[1], Bool(slots[1].name))
    print(size_of[Optional[Int]](), size_of[Tuple[Int8, Int]](), size_of[Slot]())
    var d = Dict[String, Int]()
    d["k"] = 1
    for item in d.items():
        print(item.key, item.value)
