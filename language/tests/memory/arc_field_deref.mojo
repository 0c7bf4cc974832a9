# Changing the value an ArcPointer field points to (self.attributes[][key] = value): copies of the
# struct share it. (Reading the box's address from the field was an internal error.)
from memory import ArcPointer


struct SharedDict(Copyable, Movable):
    var attributes: ArcPointer[Dict[String, String]]

    fn __init__(out self):
        var d = Dict[String, String]()
        self.attributes = ArcPointer(d^)

    fn __setitem__(mut self, key: String, value: String):
        self.attributes[][key] = value

    fn __getitem__(self, key: String) -> String:
        return self.attributes[].get(key, default="")


def main():
    var thing1 = SharedDict()
    var thing2 = thing1
    thing1["Flip"] = "Flop"
    print(thing2["Flip"])
