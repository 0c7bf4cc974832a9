# OwnedPointer and ArcPointer keep their value in native memory (an ArcPointer's share count beside it): the value is changed where it lives, boxes are stored in lists, and the last share frees it.
from memory import OwnedPointer, ArcPointer

@fieldwise_init
struct Node(Copyable, Movable):
    var value: Int
    var label: String

fn bump(mut n: Node):
    n.value += 100

def main():
    var b = OwnedPointer(Node(1, "one"))
    b[].value += 1
    b[].label += "!"
    bump(b[])
    print(b[].value, b[].label)
    var shared = ArcPointer(List[Int]())
    var other = shared
    other[].append(5)
    shared[].append(6)
    print(len(shared[]), other[][0], shared[][1])
    var boxes = List[OwnedPointer[Int]]()
    boxes.append(OwnedPointer(3))
    boxes.append(OwnedPointer(4))
    print(boxes[0][] + boxes[1][])
    var arcs = [ArcPointer(String("x")), ArcPointer(String("y"))]
    var keep = arcs[1]
    arcs.clear()
    print(keep[])
