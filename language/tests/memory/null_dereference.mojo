fn main():
    var p = UnsafePointer[Int]()
    print(p[0])
