# range(...) as a value: the library's range types (len, indexing, __reversed__, iteration), UInt
# ranges, and integer-scalar bounds in a range loop.
def main():
    var r = range(10)
    print(len(r), r[3], r[True], r.__len__())
    var s = range(5, 10)
    print(len(s), s[4])
    for x in s:
        print(x, end=" ")
    print()
    var t = range(38, -13, -23)
    print(len(t), t[1], t.__reversed__().start, t.__reversed__().end, t.__reversed__().step)
    for x in t.__reversed__():
        print(x, end=" ")
    print()
    print(len(range(10, 5, 1)), len(range(5, 10, 20)), len(range(-3)))
    var u = range(UInt(2), UInt(11), UInt(3))
    print(len(u), u[2])
    for x in range(UInt(3)):
        print(x, end=" ")
    print(range(UInt(0), UInt.MAX).__len__() == UInt.MAX)
    for i in range(UInt8(2), Int32(5)):
        print(i, end=" ")
    print()
    @parameter
    for i in range(Int16(3)):
        print(i, end=" ")
    print()
    var it = range(3).__iter__()
    print(it.__next__(), it.__next__(), it.__has_next__(), it.__next__(), it.__has_next__())
