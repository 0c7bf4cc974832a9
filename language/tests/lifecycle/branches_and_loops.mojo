struct Noisy:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __moveinit__(out self, deinit existing: Self):
        self.id = existing.id

    fn __del__(deinit self):
        print("  del", self.id)


fn consume(var n: Noisy):
    print("  consume", n.id)


fn branch(flag: Bool):
    var n = Noisy(1)
    if flag:
        consume(n^)
        print("  then done")
    else:
        print("  else: n dies at the start of this branch")
    print("  after if")


fn loop():
    var keep = Noisy(10)
    for i in range(3):
        var each = Noisy(i)
        if i == 1:
            print("  skip", i)
            continue
        print("  body", each.id, keep.id)
    print("  after loop")


fn early(flag: Bool) -> Int:
    var n = Noisy(7)
    if flag:
        return 1
    print("  late use", n.id)
    return 2


fn main():
    print("branch(True)")
    branch(True)
    print("branch(False)")
    branch(False)
    print("loop")
    loop()
    print("early(True)")
    _ = early(True)
    print("early(False)")
    _ = early(False)
