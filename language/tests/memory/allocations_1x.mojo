# Mojo 1.x allocations: alloc(Layout) gives an Allocation that dealloc frees; into_thin() keeps
# the address only (unsafe_with_layout restores it); the unified pointer's unsafe_* operations;
# a struct-level comptime value that is a struct; and the __deinit__ destructor. Run with checked
# memory, a missing dealloc would be reported as a leak.

from std.memory import alloc, dealloc, Layout, ThinAllocation

struct Counter:
    comptime _layout = Layout[Int].single()
    var _alloc: ThinAllocation[Int]

    def __init__(out self, value: Int):
        self._alloc = alloc(Self._layout).into_thin()
        self._alloc.unsafe_ptr().unsafe_write(value)

    def increment(mut self):
        self._alloc.unsafe_ptr()[] += 1

    def get(self) -> Int:
        return self._alloc.unsafe_ptr()[]

    def __deinit__(deinit self):
        print("freeing counter at", self.get())
        dealloc(self._alloc^.unsafe_with_layout(Self._layout))

def main():
    var allocation = alloc(Layout[Int](count=4))
    var ptr = allocation.unsafe_ptr()
    for i in range(4):
        ptr.unsafe_offset(i).unsafe_write(i * 10)
    print(ptr[unsafe_offset=3], ptr.unsafe_offset(2).unsafe_load())
    dealloc(allocation^)

    var words = alloc[String](Layout[String](count=2))
    var w = words.unsafe_ptr()
    w.unsafe_write("left")
    w.unsafe_offset(1).unsafe_write("right")
    var taken = w.unsafe_offset(1).unsafe_take_pointee()
    w.unsafe_deinit_pointee()
    dealloc(words^)
    print(taken)

    var leaked = alloc[Float64](Layout[Float64](count=1)).unsafe_leak()
    leaked.unsafe_write(2.5)
    print(leaked[])
    dealloc(ThinAllocation(unsafe_assume_ownership=leaked).unsafe_with_layout(Layout[Float64](count=1)))

    var c = Counter(0)
    c.increment()
    c.increment()
    print(c.get())
    var r = List(range(4))
    var vec = r.unsafe_ptr().unsafe_load[width=4]()
    print(vec, vec.reduce_add())
