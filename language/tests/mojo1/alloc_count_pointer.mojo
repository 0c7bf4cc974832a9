# std.memory.alloc[T](count): native memory for count values, through an UnsafePointer freed by free().
from std.memory import alloc


def main():
    var ptr = alloc[Int](3)
    for i in range(3):
        (ptr + i).unsafe_write(i * 10)
    ptr[unsafe_offset=1] = 7
    print(ptr.unsafe_load(), ptr[unsafe_offset=1], (ptr + 2).unsafe_load())
    ptr.unsafe_free()
    var names = alloc[String](2)
    names.unsafe_write("a")
    (names + 1).unsafe_write("b")
    print(names.unsafe_take_pointee() + (names + 1).unsafe_take_pointee())
    names.unsafe_free()
