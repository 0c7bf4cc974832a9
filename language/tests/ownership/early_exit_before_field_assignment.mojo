# A field with nothing to destroy (an Int) that is assigned after an early exit: on the exit path
# the struct dies whole, so the field must still count as initialized there.
struct Counter:
    var count: Int
    var log: List[Int]

    fn __init__(out self):
        self.count = 1
        self.log = [1]

    fn __del__(deinit self):
        print("destroyed at count", self.count)


fn step(stop_early: Bool) raises:
    var c = Counter()
    if c.count != 1 or stop_early:
        raise Error("stopped early")
    c.count = 3
    print("count", c.count)


def main():
    step(False)
    try:
        step(True)
    except e:
        print(e)
