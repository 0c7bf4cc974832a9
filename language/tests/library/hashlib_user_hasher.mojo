# hashlib: a struct whose __hash__ feeds a Hasher (`fn __hash__[H: Hasher](self, mut hasher: H)`)
# is hashable: hash() and Dict keys hash it with hashlib's default hasher. A program can write its
# own Hasher and feed values to it; a Dict takes a hasher as its third parameter.

from hashlib import Hasher, default_hasher, default_comp_time_hasher


@fieldwise_init("implicit")
struct Id(KeyElement):
    var value: Int

    fn __hash__[H: Hasher](self, mut hasher: H):
        return hasher.update(self.value)

    fn __eq__(self, other: Id) -> Bool:
        return self.value == other.value

    fn __ne__(self, other: Id) -> Bool:
        return self.value != other.value


@fieldwise_init
struct Point(KeyElement):
    var x: Int
    var name: String

    fn __hash__[H: Hasher](self, mut hasher: H):
        hasher.update(self.x)
        hasher.update(self.name)

    fn __eq__(self, other: Point) -> Bool:
        return self.x == other.x and self.name == other.name

    fn __ne__(self, other: Point) -> Bool:
        return not self == other


struct CountingHasher(Hasher, Movable):
    """Counts the values fed to it, and sums their hashes."""
    var count: Int
    var total: UInt64

    fn __init__(out self):
        self.count = 0
        self.total = 0

    fn update[T: Hashable](mut self, value: T):
        self.count += 1
        self.total += UInt64(hash(value))

    fn finish(var self) -> UInt64:
        return UInt64(self.count) * 1000 + self.total


def main():
    # the same value always has the same hash; different values (almost always) differ
    print(hash(Id(7)) == hash(Id(7)), hash(Id(7)) == hash(Id(8)), hash(Point(1, "a")) == hash(Point(1, "a")))

    # as Dict keys; an Int converts implicitly to Id (@fieldwise_init("implicit"))
    var d: Dict[Id, String] = {}
    for i in range(20):
        d[Id(i * 1000003)] = String(i)
    print(len(d), d[Id(5 * 1000003)], d[15 * 1000003], Id(3) in d)
    var points = Dict[Point, Int]()
    points[Point(1, "a")] = 1
    points[Point(1, "b")] = 2
    points[Point(1, "a")] += 10
    print(len(points), points[Point(1, "a")], points[Point(1, "b")])

    # a program's own hasher
    var h = CountingHasher()
    Point(2, "b").__hash__(h)
    print(h^.finish() > 2000)

    # the hasher parameter of Dict
    var by_name = Dict[String, Int, default_comp_time_hasher]()
    by_name["one"] = 1
    var by_id = Dict[Id, Int, default_hasher]()
    by_id[Id(1)] = 2
    print(by_name["one"], by_id[1])
