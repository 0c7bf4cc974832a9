fn main():
    var p = UnsafePointer[Int].alloc(3)
    p[3] = 7
    p.free()
