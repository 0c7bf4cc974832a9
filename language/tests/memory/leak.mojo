fn main():
    var p = UnsafePointer[Int].alloc(16)
    p[0] = 1
    print("allocated and forgot")
