# Found by the fuzzer (a deleted line): a String read from memory no String was written to crashed
# the whole VM, also with checked memory; checked memory now reports it where it is read.
def main():
    var p = UnsafePointer[String].alloc(2)
    p.init_pointee_move(value=String("first"))
    print(p.take_pointee())
    print(p.offset(1).take_pointee())
    p.free()
