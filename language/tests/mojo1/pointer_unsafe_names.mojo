# The Mojo 1.x names of the pointer operations: unsafe_offset, unsafe_write, unsafe_load, p[unsafe_offset=i].
from std.memory import UnsafePointer


def main():
    var p = UnsafePointer[Int].alloc(4)
    for i in range(4):
        p.unsafe_offset(i).unsafe_write(i * 10)
    print(p[unsafe_offset=2], p.unsafe_offset(3).unsafe_load())
    var f = UnsafePointer[Float32].alloc(4)
    for i in range(4):
        f.unsafe_offset(i).unsafe_write(Float32(i))
    print(f.unsafe_load[width=4]())
    p.free()
    f.free()
