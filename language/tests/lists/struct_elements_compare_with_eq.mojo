# in, index, count and == on a List of structs compare elements with the struct's __eq__
# (element first, as List.__contains__ does).
@fieldwise_init
struct Point(Copyable, Movable, EqualityComparable):
    var x: Int
    var y: Int

    fn __eq__(self, other: Self) -> Bool:
        return self.x == other.x and self.y == other.y

    fn __ne__(self, other: Self) -> Bool:
        return not self == other


@fieldwise_init
struct Tag(Copyable, Movable):
    var name: String

    fn __eq__(self, other: Self) -> Bool:
        print("compare", self.name, other.name)
        return self.name == other.name


def main():
    var pts = [Point(0, 0), Point(1, 2), Point(1, 2)]
    print(Point(1, 2) in pts, Point(3, 3) in pts, pts.count(Point(1, 2)), pts.index(Point(1, 2)))
    print(pts == [Point(0, 0), Point(1, 2), Point(1, 2)], pts != [Point(0, 0)])
    var tags = [Tag("a"), Tag("b")]
    print(Tag("b") in tags)
    try:
        _ = pts.index(Point(9, 9))
    except e:
        print(e)
