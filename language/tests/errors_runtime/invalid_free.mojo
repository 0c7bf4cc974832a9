# Freeing a pointer that does not point at the start of an allocation is a Mojo error, not a
# crash of the process (the system allocator would abort it).
def main():
    var p = UnsafePointer[Int].alloc(4)
    p[0] = 1
    var q = p + 2
    print("freeing an interior pointer")
    q.free()
