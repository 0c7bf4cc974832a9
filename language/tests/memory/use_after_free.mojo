fn main():
    var p = UnsafePointer[Float64].alloc(2)
    p[0] = 1.5
    p.free()
    print(p[0])
