# UnsafePointer as an address: Int(p), its hexadecimal text, truthiness, over-aligned
# allocation, indices and offsets of any integer type, and copies of the pointer.


@fieldwise_init
struct Counted(Copyable, Movable):
    var value: Int
    var copies: Int

    fn copy(self) -> Self:
        return Counted(self.value, self.copies + 1)


def main():
    var null = UnsafePointer[Int]()
    print(String(null), null.__bool__(), Bool(null))
    var p = UnsafePointer[Int64, alignment=64].alloc(4)
    print(Int(p) % 64, String(p).startswith("0x"), p.__as_bool__())
    p.free()
    var q = UnsafePointer[UInt8].alloc(count=8, alignment=128)
    print(Int(q) % 128)
    q.free()

    var local = 7
    var r = UnsafePointer[Int](to=local)
    var same = UnsafePointer(other=r).origin_cast[mut=False]()
    print(Int(r) == Int(same), same[])

    var a = UnsafePointer[Int].alloc(4)
    for i in range(4):
        a[UInt8(i)] = i * 10
    print(a[Int32(3)], a[UInt(2)], a.offset(UInt(1))[], (a + UInt(3))[])
    var b = a
    b += UInt(2)
    print(b[], (b - UInt(1))[])
    a.free()

    var s = UnsafePointer[Int8].alloc(8)
    for i in range(8):
        s[i] = i
    print(s.load[width=4, volatile=True](4))
    s.store[volatile=True](0, SIMD[DType.int8, 4](9))
    print(s.load[width=8]())
    s.free()

    var c = UnsafePointer[Counted].alloc(2)
    var original = Counted(5, 0)
    c.init_pointee_explicit_copy(original)
    c.move_pointee_into(c + 1)
    print(c[1].value, c[1].copies)
    (c + 1).destroy_pointee()
    c.free()
