# Every type has one layout: narrow scalars take their own width in native memory (lists, pointers, struct fields), and sys.size_of / align_of report it.
from sys import size_of, align_of

@fieldwise_init
struct Pixel(Copyable, Movable):
    var r: UInt8
    var g: UInt8
    var b: UInt8
    var alpha: Float32

def main():
    var bytes = List[UInt8]()
    for i in range(300):
        bytes.append(UInt8(i))
    print(len(bytes), bytes[255], bytes[299])
    var p = UnsafePointer[Int16].alloc(3)
    p[0] = -5
    p[1] = 32767
    p[2] = p[1] + 1
    print(p[0], p[1], p[2])
    p.free()
    var px = [Pixel(255, 128, 0, 0.5), Pixel(1, 2, 3, 0.1)]
    px[1].g += 250
    print(px[0].r, px[0].g, px[1].g, px[1].alpha)
    var h = UnsafePointer[Float16].alloc(1)
    h[] = 1.5
    print(h[])
    h.free()
    var i32 = List[Int32](-1, 2147483647)
    print(i32[0], i32[1], List[UInt32](UInt32(4000000000))[0])
    print(size_of[Int8](), size_of[Pixel](), align_of[Pixel](), size_of[String](), size_of[List[Int]](), size_of[Float16](), size_of[Bool]())
