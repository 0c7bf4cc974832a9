struct Part:
    var name: String

    fn __init__(out self, name: String):
        self.name = name

    fn __moveinit__(out self, deinit existing: Self):
        self.name = existing.name

    fn __del__(deinit self):
        print("del part", self.name)


struct Pair:
    var left: Part
    var right: Part

    fn __init__(out self, var left: Part, var right: Part):
        self.left = left^
        self.right = right^


struct Guarded:
    var part: Part

    fn __init__(out self, var part: Part):
        self.part = part^

    fn __del__(deinit self):
        print("del guarded, part", self.part.name)


fn sink(var p: Part):
    print("sink", p.name)


fn show(p: Pair):
    print("show", p.left.name, p.right.name)


fn main():
    var pair = Pair(Part("l1"), Part("r1"))  # l1 is never used: it dies right here
    print("overwrite left")
    pair.left = Part("l2")
    show(pair)
    print("move right out")
    sink(pair.right^)
    pair.right = Part("r2")  # whole again
    show(pair)  # the last use: pair's fields die here
    print("guarded")
    var g = Guarded(Part("inner"))
    print("using", g.part.name)
    print("end")
