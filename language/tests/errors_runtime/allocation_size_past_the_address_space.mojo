# A size whose bytes do not fit in an address (a count times the element size past 2^63) is an
# out-of-memory error where the allocation is asked for, as a too-large allocation is.
def main():
    var fits = UnsafePointer[Int].alloc(2)
    fits.free()
    print("a small allocation works")
    var l = List[Int](capacity=1 << 61)
    print(len(l))
