# Mojo 1.x conversions: Int.cast[dtype](), Optional.take(), List(iterable) (a range, an iterator, another List).
from std.testing import assert_true  # (an import from std. makes this a 1.x program)

def main():
    print(Int(5).cast[DType.int8](), Int(300).cast[DType.uint8](), Int(3).cast[DType.float32]())
    var seven = Optional(7)
    print(seven.take(), Bool(seven))
    var s = Optional(String("x"))
    print(s.take(), Bool(s))
    var r = List(range(5))
    print(len(r), r[4])
    var d = Dict[Int, String]()
    d[1] = "one"
    d[2] = "two"
    print(len(List(d.values())), List(d.keys())[1])
    print(List(1, 2, 3), List(range(2, 8, 3)))
