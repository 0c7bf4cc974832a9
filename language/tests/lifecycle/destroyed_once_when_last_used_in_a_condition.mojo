# A value whose last use is a call in an `if` or `while` condition, or the call a `for` loop
# iterates, is destroyed once, right after that call.
struct Noisy:
    var name: String

    fn __init__(out self, name: String):
        self.name = name

    fn __del__(deinit self):
        print("del", self.name)

    fn ready(self) -> Bool:
        return len(self.name) > 2

    fn items(self) -> List[Int]:
        return [1, 2]


def main():
    var a = Noisy("alpha, a name long enough to live out of line")
    if a.ready():
        print("ready")
    var b = Noisy("beta")
    var n = 0
    while b.ready() and n < 1:
        n += 1
    print("loop done")
    var c = Noisy("gamma")
    for i in c.items():
        print("item", i)
    var text = String("a String long enough to be stored out of line, not inline")
    if text.startswith("a String"):
        print("starts")
