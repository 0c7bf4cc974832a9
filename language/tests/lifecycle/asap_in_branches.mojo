# A value made or last used in an operand that may not run (the right operand of and/or, a branch
# of a conditional expression) is destroyed on the path that ran it, and never when it was skipped.


struct Noisy(Copyable, Movable):
    var name: String

    fn __init__(out self, name: String):
        self.name = name
        print("make", name)

    fn __copyinit__(out self, other: Self):
        self.name = other.name + "'"

    fn __moveinit__(out self, deinit other: Self):
        self.name = other.name

    fn __del__(deinit self):
        print("drop", self.name)

    fn ok(self) -> Bool:
        return len(self.name) > 1


fn check(flag: Bool) -> Bool:
    # a temporary String in the skipped operand is never made, so never freed
    return flag and ord(String("z")) > 100


fn pick(flag: Bool) -> String:
    return Noisy("then").name if flag else Noisy("else").name


def main():
    print(check(True), check(False))
    print(False or Noisy("right").ok())
    print(True or Noisy("never").ok())
    var kept = Noisy("kept")
    print(False and kept.ok())
    print("after and")
    print(pick(True))
    print(pick(False))
