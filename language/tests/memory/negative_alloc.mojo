fn main():
    var n = -4
    var p = UnsafePointer[Int].alloc(n)
    p.free()
