@fieldwise_init
struct Point(Copyable, Movable):
    var x: Int
    var y: Int


struct Grid:
    var cells: UnsafePointer[Point]
    var size: Int

    fn __init__(out self, size: Int):
        self.size = size
        self.cells = UnsafePointer[Point].alloc(size)
        for i in range(size):
            (self.cells + i).init_pointee_copy(Point(i, 0))

    fn __getitem__(ref self, i: Int) -> ref [self] Point:
        return self.cells[i]

    fn __del__(deinit self):
        self.cells.free()


struct Counter:
    var total: Int
    var names: List[String]

    fn __init__(out self):
        self.total = 0
        self.names = List[String]()

    fn total_ref(ref self) -> ref [self] Int:
        return self.total

    fn __getitem__(ref self, i: Int) -> ref [self] String:
        return self.names[i]


def main():
    var g = Grid(3)
    g[1].y = 7
    g[2] = Point(20, 21)
    print(g[0].x, g[1].x, g[1].y, g[2].x, g[2].y)
    var c = Counter()
    c.total_ref() = 5
    c.total_ref() += 1
    c.names.append("a")
    c[0] = "b"
    print(c.total, c[0], c.names[0])
