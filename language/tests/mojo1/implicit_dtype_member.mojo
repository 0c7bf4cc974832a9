# A DType written as an implicit member where one is expected: SIMD[.float32, 4], Scalar[.int8].
from std.testing import assert_equal


def main():
    var v = SIMD[.float32, 4](1.0, 2.0, 3.0, 4.0)
    var b = Scalar[.int8](-5)
    print(v * 2, b, v.dtype, b.dtype)
