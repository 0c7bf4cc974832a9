# __type_of(x) of a local variable names its type.


def main():
    var p = ArcPointer(String("shared"))
    var shares = List[__type_of(p)]()
    shares.append(p)
    print(len(shares), shares[0][], p.count())
    var n = 3
    var m: __type_of(n) = n + 1
    print(m)
