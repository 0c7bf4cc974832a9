struct Loud:
    var name: String

    fn __init__(out self, name: String):
        self.name = name
        print("make", name)

    fn __del__(deinit self):
        print("del", self.name)


fn show(a: Loud, b: Loud) -> String:
    return a.name + b.name


def main():
    # Both temporaries live until show() has run, then die at once.
    print(show(Loud("a"), Loud("b")))
    Loud("discarded")
    _ = Loud("underscore")
    print("end")
