# InlineArray (collections) and Span (memory) import from their modules; an InlineArray lives flat
# inside structs and list elements, and Strings in it change in place.
from collections import InlineArray
from memory import Span

fn total(s: Span[Int]) -> Int:
    var t = 0
    for x in s:
        t += x
    return t

@fieldwise_init
struct Grid(Copyable, Movable):
    var cells: InlineArray[Int, 4]

def main():
    var a = InlineArray[Int, 4](fill=0)
    a[1] = 5
    var l = [1, 2, 3]
    print(total(l), len(a), a[1])
    var s = Span(l)
    print(s[1], len(s))
    var gs = List[Grid]()
    gs.append(Grid(InlineArray[Int, 4](fill=7)))
    gs[0].cells[2] = 9
    print(gs[0].cells[2], gs[0].cells[0])
    var names = InlineArray[String, 2]("a", "b")
    names[0] += "x"
    print(names[0], names[1])
    print(names.unsafe_get(0), names.unsafe_get(1))
