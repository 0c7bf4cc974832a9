# A for loop over a list that something else owns (an element of another list, a dict value, a tuple
# element, an Optional's value, a reference result) iterates it where it is and leaves it alive.
def nested():
    var g = [[1], [2]]
    for ref e in g[1]:
        e += 10
    print(g[1].__str__())
    for e in g[0]:
        print(e)
    print(g[0].__str__())
    var d = {"b": [2]}
    for e in d["b"]:
        print(e)
    print(d["b"].__str__())


def in_dicts():
    var d = {"a": [1], "b": [2]}
    ref la = d["a"]
    la.append(5)
    la[0] = 9
    print(d["a"].__str__(), len(la))
    for ref e in d["b"]:
        e += 10
    print(d["b"].__str__())


struct Bag:
    var items: List[Int]

    fn __init__(out self):
        self.items = [4, 5]

    fn get(ref self) -> ref [self.items] List[Int]:
        return self.items


def elsewhere():
    var t = ([1, 2], 3)
    for x in t[0]:
        print(x)
    print(len(t[0]))
    var o = Optional([7, 8])
    for x in o.value():
        print(x)
    print(len(o.value()))
    var b = Bag()
    for x in b.get():
        print(x)
    print(len(b.items))


def main():
    nested()
    in_dicts()
    elsewhere()
