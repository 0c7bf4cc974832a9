# Found by the fuzzer: a struct whose last use is the write of one of its fields was destroyed before
# the write, which then wrote into a dead value (a crash of the interpreter).
struct Part(Movable):
    var name: String

    fn __init__(out self, name: String):
        self.name = name

    fn __moveinit__(out self, deinit existing: Self):
        self.name = existing.name^

    fn __del__(deinit self):
        print("destroy", self.name)


struct Pair(Movable):
    var left: Part
    var right: Part

    fn __init__(out self, var left: Part, var right: Part):
        self.left = left^
        self.right = right^


fn main():
    var pair = Pair(Part("l1"), Part("r1"))
    print("made")
    pair.left = Part("l2")
    print("end")
