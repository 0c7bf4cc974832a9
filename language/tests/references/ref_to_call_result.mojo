# `ref r = f()` where f returns a reference: r names the location f returned, and keeps its
# owner alive; a `for ref` loop over a struct iterator with __next_ref__ changes the elements.


struct Box(Movable):
    var items: List[String]

    fn __init__(out self):
        self.items = ["a", "b", "c"]

    fn first(ref self) -> ref [self.items] String:
        return self.items[0]

    fn __del__(deinit self):
        print("box destroyed")


struct Cells(Movable):
    var data: UnsafePointer[Int]
    var size: Int

    fn __init__(out self, size: Int):
        self.data = UnsafePointer[Int].alloc(size)
        self.size = size
        for i in range(size):
            (self.data + i)[] = i * 10

    fn __iter__(ref self) -> CellIter:
        return CellIter(self.data, self.size)

    fn __del__(deinit self):
        self.data.free()


@fieldwise_init
struct CellIter(Copyable, Movable):
    var data: UnsafePointer[Int]
    var left: Int

    fn __has_next__(self) -> Bool:
        return self.left > 0

    fn __next_ref__(mut self) -> ref [MutableAnyOrigin] Int:
        self.left -= 1
        self.data += 1
        return (self.data - 1)[]

    fn __next__(mut self) -> Int:
        return self.__next_ref__()


def main():
    var box = Box()
    ref r = box.first()
    r = "changed"
    r += "!"
    print(box.items[0], len(r))
    print("last use of r:", r)

    var cells = Cells(3)
    for ref c in cells:
        c += 1
    for c in cells:
        c = 0  # a copy: the cell keeps its value
    for c in cells:
        print(c)
