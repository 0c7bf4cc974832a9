# A struct field that holds a function is called like a method: `test.test_fn()`; through a
# list element too, and a raising one raises to the caller.
@fieldwise_init
struct Named(Copyable, Movable):
    var name: String
    var run: fn() raises
    var score: fn(Int) -> Int

    fn describe(self) -> String:
        return self.name + " scores " + String(self.score(10))


fn ok() raises:
    print("ok runs")


fn fails() raises:
    raise Error("failing on purpose")


fn double(x: Int) -> Int:
    return x * 2


fn square(x: Int) -> Int:
    return x * x


fn main() raises:
    var a = Named("a", ok, double)
    a.run()
    print(a.score(21))
    print(a.describe())
    var all = List[Named]()
    all.append(a.copy())
    all.append(Named("b", fails, square))
    for ref n in all:
        try:
            n.run()
            print(n.name, "passed")
        except e:
            print(n.name, "failed:", e)
    print(all[1].score(7))
    a.score = square
    print(a.describe())
