# A SIMD vector from a list literal, private library names imported by name, nested functions that
# see the enclosing body's compile-time aliases, and wrapping integer lane powers.
from builtin.simd import _modf
from math import isnan
from testing import assert_equal
from utils.numerics import nan


def main():
    var s: SIMD[DType.uint8, 4] = [1, 2, 3, 250]
    var m: SIMD[DType.bool, 2] = [True, False]
    print(s, m, s + 10)

    var parts = _modf(Float64(123.5))
    print(parts[0], parts[1])

    alias dtype = DType.int32
    alias width = 4

    @parameter
    fn twice(x: SIMD[dtype, width]) -> SIMD[dtype, width]:
        return x * 2

    print(twice(SIMD[dtype, width](1, 2, 3, 4)))
    var edge = SIMD[DType.int32, 4](-2147483648, -1, 0, 2147483647)
    print(edge.__pow__(SIMD[DType.int32, 4](31)), SIMD[DType.int32, 2](2, 3) ** 2)
    var a, b = divmod(UInt(7), UInt(0))
    print(a, b)

    # SIMD loads and stores through a pointer to scalars
    var p = UnsafePointer[Float32].alloc(8)
    for i in range(8):
        p[i] = i
    print(p.load[width=4](2), p.load(3), p.load[width=2]())
    p.store(4, SIMD[DType.float32, 4](9, 8, 7, 6))
    print(p.load[width=8]())
    p.free()

    # a vector of another DType converted lane by lane; a mask compared with a Bool; NaN equals NaN in assert_equal
    var narrowed = SIMD[DType.float32, 4](SIMD[DType.float64, 4](1.5))
    print(narrowed, isnan(narrowed))
    assert_equal(isnan(narrowed), False)
    assert_equal(nan[DType.float32](), nan[DType.float32]())
    print(divmod(5, 0)[0], divmod(5, 0)[1])
