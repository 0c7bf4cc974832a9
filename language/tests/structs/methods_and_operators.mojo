@fieldwise_init
struct Vec(Copyable, Movable, Stringable):
    var x: Float64
    var y: Float64

    fn __add__(self, other: Self) -> Self:
        return Vec(self.x + other.x, self.y + other.y)

    fn __sub__(self, other: Self) -> Self:
        return Vec(self.x - other.x, self.y - other.y)

    fn __mul__(self, k: Float64) -> Self:
        return Vec(self.x * k, self.y * k)

    fn __neg__(self) -> Self:
        return Vec(-self.x, -self.y)

    fn __eq__(self, other: Self) -> Bool:
        return self.x == other.x and self.y == other.y

    fn __lt__(self, other: Self) -> Bool:
        return self.length2() < other.length2()

    fn length2(self) -> Float64:
        return self.x * self.x + self.y * self.y

    fn scale(mut self, k: Float64):
        self.x *= k
        self.y *= k

    fn __str__(self) -> String:
        return String("(", self.x, ", ", self.y, ")")


struct Counter(Sized, Writable):
    var count: Int
    var label: String

    fn __init__(out self, label: String):
        self.count = 0
        self.label = label

    fn __init__(out self, label: String, start: Int):
        self.count = start
        self.label = label

    fn bump(mut self, by: Int = 1):
        self.count += by

    fn __len__(self) -> Int:
        return self.count

    fn __bool__(self) -> Bool:
        return self.count > 0

    fn __int__(self) -> Int:
        return self.count * 100

    fn __getitem__(self, i: Int) -> Int:
        return self.count * i

    fn write_to[W: Writer](self, mut writer: W):
        writer.write(self.label, "=", self.count)

    @staticmethod
    fn zero(label: String) -> Counter:
        return Counter(label)


fn reset(mut c: Counter):
    c = Counter(c.label, -1)


fn main():
    var a = Vec(1, 2)
    var b = Vec(3.5, -1)
    print(String(a + b), String(a - b), String(a * 2), String(-a))
    print(a == b, a == Vec(1.0, 2.0), a != b, a < b, b < a)
    var c = a
    c.scale(10)
    print(String(a), String(c))
    var n = Counter("n")
    n.bump()
    n.bump(by=5)
    print(n, len(n), Int(n), n[3])
    if n:
        print("non-zero")
    var z = Counter.zero("z")
    if not z:
        print(z, "is zero")
    reset(n)
    print(n)
    var s = String(n, " and ", z)
    print(s)
