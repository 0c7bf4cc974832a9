# `var q = p[]` copies the pointee with __copyinit__; changing q leaves the pointee alone.
from memory import UnsafePointer

@fieldwise_init
struct Pt(Copyable, Movable):
    var x: Int
    fn __copyinit__(out self, other: Self):
        self.x = other.x + 1
        print("copy")

def main():
    var p = UnsafePointer[Pt].alloc(1)
    p.init_pointee_move(Pt(5))
    var q = p[]
    q.x = 0
    print(p[].x, q.x)
    p.destroy_pointee()
    p.free()
