# Dict keys: structs with __hash__ and __eq__ (collisions resolved by __eq__), Float64 (-0.0 and
# 0.0 are one key) and fixed-width integers.
@fieldwise_init
struct Pos(Copyable, Movable, Hashable, EqualityComparable):
    var x: Int
    var y: Int

    fn __hash__(self) -> UInt:
        return UInt(self.x * 31 + self.y)

    fn __eq__(self, other: Self) -> Bool:
        return self.x == other.x and self.y == other.y

    fn __ne__(self, other: Self) -> Bool:
        return not self == other


@fieldwise_init
struct Name(Copyable, Movable):
    var text: String

    fn __hash__(self) -> UInt:
        return UInt(len(self.text))  # many names collide: equality decides

    fn __eq__(self, other: Self) -> Bool:
        return self.text == other.text


def main():
    var seen = Dict[Pos, String]()
    seen[Pos(1, 2)] = "a"
    seen[Pos(2, 1)] = "b"
    seen[Pos(1, 2)] = "c"
    print(len(seen), seen[Pos(1, 2)], Pos(2, 1) in seen, Pos(0, 0) in seen)
    var ages = Dict[Name, Int]()
    for n in ["ann", "bob", "cy", "ann"]:
        ages[Name(n)] = ages.get(Name(n), 0) + 1
    print(len(ages), ages[Name("ann")], ages[Name("cy")])
    var weights = {0.5: "half", -0.0: "zero", 2.0: "two"}
    print(weights[0.0], weights[0.5], len(weights))
    var small = Dict[UInt8, Int]()
    small[UInt8(200)] = 1
    small[UInt8(7)] = 2
    print(small[UInt8(200)], small[UInt8(7)], UInt8(8) in small)
