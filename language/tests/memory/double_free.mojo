fn main():
    var p = UnsafePointer[Int].alloc(2)
    p.free()
    p.free()
