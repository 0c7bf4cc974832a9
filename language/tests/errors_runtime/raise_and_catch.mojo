struct Resource:
    var name: String

    fn __init__(out self, name: String):
        self.name = name
        print("open", name)

    fn __moveinit__(out self, deinit existing: Self):
        self.name = existing.name

    fn __del__(deinit self):
        print("close", self.name)


fn check(n: Int) raises -> Int:
    if n < 0:
        raise Error("negative: ", n)
    return n * 2


fn risky(n: Int) raises:
    var r = Resource("r" + String(n))
    var doubled = check(n)  # on error, r is closed before the error leaves
    print("doubled", doubled, r.name)


def main():
    try:
        print(check(4))
        print(check(-1))
        print("not reached")
    except e:
        print("caught:", e)
    else:
        print("no else: there was an error")
    finally:
        print("finally 1")

    try:
        risky(1)
        risky(-2)
    except err:
        print("caught:", err)

    try:
        print("fine")
    except:
        print("not reached")
    else:
        print("else runs")
    risky(-3)
    print("not reached either")
