@fieldwise_init
struct Vec2(Copyable, Movable, Stringable):
    var x: Float64
    var y: Float64

    fn __add__(self, o: Self) -> Self:
        return Vec2(self.x + o.x, self.y + o.y)

    fn __mul__(self, k: Float64) -> Self:
        return Vec2(self.x * k, self.y * k)

    fn __eq__(self, o: Self) -> Bool:
        return self.x == o.x and self.y == o.y

    fn __str__(self) -> String:
        return "Vec2(" + String(self.x) + ", " + String(self.y) + ")"

    fn __neg__(self) -> Self:
        return Vec2(-self.x, -self.y)

struct Grid:
    var data: List[Int]
    var w: Int

    fn __init__(out self, w: Int, h: Int):
        self.data = List[Int](length=w * h, fill=0)
        self.w = w

    fn __getitem__(self, x: Int, y: Int) -> Int:
        return self.data[y * self.w + x]

    fn __setitem__(mut self, x: Int, y: Int, v: Int):
        self.data[y * self.w + x] = v

    fn __len__(self) -> Int:
        return len(self.data)

def main():
    var a = Vec2(1, 2)
    var b = a + Vec2(0.5, 0.5) * 2
    print(String(b), a == b, String(-a))
    var g = Grid(3, 2)
    g[1, 1] = 5
    g[2, 0] += 1
    print(g[1, 1], g[2, 0], len(g))
    var total = 0
    for i in range(len(g)):
        total += g.data[i]
    print(total)
    var i = 0
    while True:
        i += 1
        if i % 2 == 0:
            continue
        if i > 7:
            break
        print(i, end=" ")
    print()
    var x = 10
    x //= 3
    x **= 2
    x <<= 1
    print(x, -7 // 2, -7 % 2, 7 / 2, 2 ** 10, 5 ^ 3, ~5, 1 if x > 3 else 0)
