# UnsafePointer(to=x) for a variable of any type: x lives in native memory while in scope;
# writes through the pointer and uses of x see each other.
@fieldwise_init
struct Counter(Copyable, Movable):
    var name: String
    var hits: List[Int]

    fn hit(mut self, n: Int):
        self.hits.append(n)

    fn __del__(owned self):
        print("del", self.name)


fn grow(p: UnsafePointer[List[Int]], n: Int):
    for i in range(n):
        p[].append(i)


@fieldwise_init
struct Recorder(Copyable, Movable):
    var value: Int
    var log: UnsafePointer[List[Int]]

    fn __del__(owned self):
        self.log[].append(self.value)


fn append_to_either(cond: Bool, x: Int, mut a: List[Int], mut b: List[Int]):
    # the address of a mut argument: the change reaches the caller
    var either = UnsafePointer(to=a) if cond else UnsafePointer(to=b)
    either[].append(x)


fn log_lives_to_end_of_scope():
    # The log is not used after its address is taken, but lives to the end of its scope:
    # the recorder's destructor still appends to it.
    var log = List[Int]()
    var log_ptr = UnsafePointer(to=log)
    var r = Recorder(7, log_ptr)
    _ = r^
    print("logged", log_ptr[])


fn take_and_fail(x: Int) raises -> Int:
    var s = String("kept")
    var p = UnsafePointer(to=s)
    if x > 1:
        raise Error("too big: " + p[])
    return len(s)


fn main() raises:
    # a List: writes through the pointer and through the variable see each other
    var xs = [1, 2]
    var p = UnsafePointer(to=xs)
    grow(p, 3)
    xs.append(9)
    print(xs, len(p[]))
    xs = [5]
    print(p[])

    var a = [1]
    var b = [2]
    append_to_either(True, 3, a, b)
    append_to_either(False, 4, a, b)
    print(a, b)
    log_lives_to_end_of_scope()

    # a String
    var s = String("ab")
    var sp = UnsafePointer(to=s)
    sp[] += "cd"
    s += "e"
    print(s, sp[])

    # a struct: field writes, mut methods, reads of fields
    var c = Counter("c", [])
    var cp = UnsafePointer[Counter](to=c)
    c.hit(1)
    cp[].hit(2)
    c.name = "counter"
    print(c.name, cp[].hits, len(c.hits))
    var hp = UnsafePointer(to=c.hits)
    hp[].append(3)
    print(c.hits)

    # a move out of an address-taken variable
    var moved = c^
    print("moved", moved.name)

    try:
        _ = take_and_fail(5)
    except e:
        print(e)
    print(take_and_fail(1))

    # in a loop: each iteration has a new value
    for i in range(2):
        var l = [i]
        var lp = UnsafePointer(to=l)
        lp[].append(i * 10)
        print(l)
    print("end")
