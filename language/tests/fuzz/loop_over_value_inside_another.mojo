# Found by the fuzzer: a loop over a list read in place from inside another value (a tuple, a list,
# a dict, an Optional, a struct's method's reference) whose last use it was: that value was destroyed
# when the loop started, and the loop read a dead list.
struct Bag:
    var items: List[Int]

    fn __init__(out self):
        self.items = [4, 5]

    fn get(ref self) -> ref [self] List[Int]:
        return self.items


def main():
    var t = ([1, 2], 3)
    for x in t[0]:
        print("tuple", x)
    var g = [[1], [2, 3]]
    for ref e in g[1]:
        e += 10
        print("list", e)
    var d = {"a": [1], "b": [2, 3]}
    for e in d["b"]:
        print("dict", e)
    for ref e in d["b"]:
        e += 100
    print(d["b"].__str__())
    var o = Optional([7, 8])
    for x in o.value():
        print("optional", x)
    var b = Bag()
    for x in b.get():
        print("method", x)
