# Dict's | and |= (other's values win), Dict.fromkeys, and _find_ref (the value where the dict
# keeps it, not a copy: the copy counter stays at 0).


struct Counted(Copyable, Movable):
    var copies: Int

    fn __init__(out self):
        self.copies = 0

    fn __copyinit__(out self, other: Self):
        self.copies = other.copies + 1


def main():
    var a: Dict[String, Int] = {"x": 1, "y": 2}
    var b: Dict[String, Int] = {"y": 20, "z": 30}
    var both = a | b
    print(both)
    a |= b
    print(a, len(a))
    var keys: List[String] = ["p", "q"]
    print(Dict.fromkeys(keys, 0))
    var d = Dict[String, Counted]()
    d["k"] = Counted()
    print(d._find_ref("k").copies, d["k"].copies)
    try:
        _ = d._find_ref("missing").copies
    except e:
        print("error:", e)
