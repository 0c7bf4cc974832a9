# The module the JavaScript and Python interop tests use.

fn squares(n: Int) -> List[Int]:
    var l = List[Int]()
    for i in range(n):
        l.append(i * i)
    return l^

fn total(values: List[Int]) -> Int:
    var t = 0
    for v in values:
        t += v
    return t

fn ages() -> Dict[String, Int]:
    var d = Dict[String, Int]()
    d["ann"] = 31
    d["bob"] = 42
    return d^

fn age_sum(d: Dict[String, Int]) -> Int:
    var t = 0
    for e in d.items():
        t += e.value
    return t

fn apply(f: fn(Int) -> Int, x: Int) -> Int:
    return f(x)

@fieldwise_init
struct Point(Copyable, Movable):
    var x: Int
    var y: Int

    fn norm1(self) -> Int:
        return abs(self.x) + abs(self.y)

fn main():
    pass
