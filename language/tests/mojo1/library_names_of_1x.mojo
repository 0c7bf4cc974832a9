# Names of the 1.x standard library: DType.int (Int is SIMD[DType.int, 1]), a SIMD vector's length,
# an Array's size, count_graphemes, Span from std.collections, Floorable from std.math,
# has_accelerator from std.sys, and `import std.time` naming the module std.time.
import std.time
from std.collections import Span
from std.math import Floorable
from std.sys import has_accelerator


def main():
    var v = SIMD[DType.int, 4](1, 2, 3, 4)
    print(v, v.length, SIMD[DType.uint, 2](7).size)
    var a = Array[Float64, 3](fill=0.5)
    print(a.size, len(a))
    var s = String("e\u0301!")
    print(s.count_graphemes(), s.count_codepoints())
    var l: List[Int] = [1, 2, 3]
    print(len(Span(l)))
    print(has_accelerator(), std.time.perf_counter_ns() > 0)
