# UnsafePointer methods are declared in the library (std/builtin/unsafe_pointer.mojo):
# keyword arguments work, and the pointee type comes from the pointer.


def main():
    var p = UnsafePointer[String].alloc(2)
    p.init_pointee_move(value=String("first"))
    p.offset(idx=1).init_pointee_copy(String("second"))
    print(p.offset(1).take_pointee(), p.take_pointee())
    p.free()
    var n = UnsafePointer[Int].alloc(1)
    n.store(41)
    print(n.load() + 1)
    n.destroy_pointee()
    n.free()
