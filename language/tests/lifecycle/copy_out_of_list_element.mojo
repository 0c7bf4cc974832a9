# Reading a struct element out of a List into a new variable copies it with __copyinit__.
struct Node(Copyable, Movable):
    var id: Int
    fn __init__(out self, id: Int):
        self.id = id
        print("new", id)
    fn __copyinit__(out self, other: Self):
        self.id = other.id + 100
        print("copy", other.id)
    fn __moveinit__(out self, deinit other: Self):
        self.id = other.id
        print("move", other.id)
    fn __del__(deinit self):
        print("del", self.id)


def main():
    var a = Node(1)
    var b = a
    print(a.id, b.id)
    var nodes = List[Node]()
    nodes.append(Node(3))
    var first = nodes[0]
    print("first", first.id, nodes[0].id)
    var c = nodes[0].copy() if False else nodes[0]
    print(c.id)
