# A List read from memory no List was written to: reported by checked memory where it is read.
def main():
    var p = UnsafePointer[List[Int]].alloc(1)
    print(len(p[]))
    p.free()
