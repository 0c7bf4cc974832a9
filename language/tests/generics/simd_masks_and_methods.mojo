# SIMD vectors as Mojo defines them: lane-wise comparisons give bool masks, operator methods can be
# called by name (also through the type), DTypes are compile-time values, and the shuffles,
# reductions and bit operations of the library work lane by lane.
from bit import pop_count, count_leading_zeros, rotate_bits_left, next_power_of_two


fn describe[dtype: DType]():
    print(dtype, Scalar[dtype].MAX, Scalar[dtype].MIN)


def main():
    alias I = SIMD[DType.int32, 4]
    var a = I(1, 2, 3, 4)
    var mask = a < 3
    print(mask, mask.reduce_and(), mask.reduce_or(), 3 in a, 7 in a, any(mask), all(mask))
    print(mask.select(a, a * 10), (a == I(1, 0, 3, 0)), ~mask, -a)
    print(SIMD[DType.bool, 4](True, False, True, True).reduce_and[2]())

    # operator methods by name
    print(a.__add__(1), a.__radd__(Int32(2)), a.__lt__(I(2)), Int32(7).__floordiv__(2), Float32(0.0).__bool__())
    var b = a
    b.__iadd__(10)
    print(b, UInt.__add__(UInt(3), UInt(4)), IntLiteral.__add__(3, 3), Float32.__round__(Float32(2.5)), Float64.__ceil__(1.5))
    var n = UInt(7)
    UInt.__itruediv__(n, UInt(2))
    print(n, repr(UInt(32)), repr(a), repr(Float32(2.5)), UInt(5).__repr__())

    # DTypes as values, tuples of DTypes, type limits
    alias dtypes = (DType.int8, DType.uint16, DType.float32, DType.bfloat16)
    @parameter
    for i in range(dtypes.__len__()):
        alias d = dtypes[i]
        describe[d]()
    print(DType.int32, Float32.MAX_FINITE, UInt8.MAX, Int64.MIN, Bool.MAX, SIMD[DType.int8, 2].MAX)

    # shuffles and reductions
    var v = SIMD[DType.int32, 8](0, 1, 2, 3, 4, 5, 6, 7)
    print(v.slice[4](), v.slice[2, offset=3](), a.join(a), a.interleave(a * 10))
    var halves = v.split()
    var parts = v.deinterleave()
    print(halves[0], halves[1], parts[0], parts[1])
    print(a.insert[offset=2](SIMD[DType.int32, 2](9, 9)), a.rotate_left[1](), a.rotate_right[1](), a.shift_left[2](), a.shift_right[1](), a.reversed())
    print(v._dynamic_shuffle(SIMD[DType.uint8, 4](7, 0, 7, 1)), a.reduce_bit_count(), a.is_power_of_two(), a.clamp(2, 3))
    print(SIMD[DType.float32, 2](1.5, 2.0).fma(2, 1), SIMD[DType.bfloat16, 2](1.5, 3.0) == SIMD[DType.bfloat16, 2](1.5, 3.0), SIMD[DType.float64, 2](Float32(0.5)))

    # bit operations lane by lane
    var bytes = SIMD[DType.int8, 4](-114, 0, 100, 64)
    print(pop_count(bytes), count_leading_zeros(bytes), rotate_bits_left[2](SIMD[DType.uint8, 2](104)), next_power_of_two(bytes))
