struct Part:
    var name: String

    fn __init__(out self, name: String):
        self.name = name

    fn __moveinit__(out self, deinit existing: Self):
        self.name = existing.name

    fn __del__(deinit self):
        print("del", self.name)


struct Holder:
    var part: Part
    var count: Int

    fn __init__(out self, var part: Part):
        self.part = part^
        self.count = 1


fn sink(var p: Part):
    pass


fn main():
    var h = Holder(Part("x"))
    sink(h.part^)
    print(h.count)
