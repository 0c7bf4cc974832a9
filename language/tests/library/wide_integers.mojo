# The 128- and 256-bit integer DTypes (Int128, UInt128, Int256, UInt256 = Scalar[DType.int128] ...):
# arithmetic that wraps at the width, comparisons, conversions, text, limits, bit patterns,
# native memory, and the bit module's lane functions.

from bit import log2_floor, log2_ceil, count_leading_zeros, count_trailing_zeros, pop_count


def main():
    var x = Int128(1234567890)
    var y = UInt128(1234567890)
    print(x * x * x, -x, ~y, y - UInt128(1234567891))
    print(x // 7, x % 7, Int128(-7) // 2, Int128(-7) % 2, x >> 3, UInt128(3) ** 70)
    print(Int128.MAX, Int128.MIN)
    print(UInt256.MAX, Int256.MIN)
    print(Int128.MAX + 1 == Int128.MIN, x == 1234567890, x < 5, max(x, Int128(3)), min(UInt256(9), UInt256(4)))

    # conversions between the widths, and to and from the narrower types
    print(x.cast[DType.uint256](), Int256(x) + Int256(-x), Int(x), Float64(x), Int8(Int128(300)), UInt128(Int8(-1)))
    print(UInt128(UInt.MAX), Int128(-2.75), String(UInt256(1) << 255))

    # bit patterns and bytes in memory (little-endian)
    print(UInt128.from_bits(Int128(-1)), Int128(-5).to_bits(), Int256.from_bits(Int256(-3).to_bits()))
    var p = UnsafePointer[Int128].alloc(2)
    p[0] = Int128(-7)
    p[1] = x
    print(p[0], p[1], p.bitcast[UInt8]()[16], p.bitcast[UInt8]()[15])
    p.free()
    var l = List[UInt256](1, 2, 3)
    l.append(UInt256(2) ** 200)
    print(l, len(l))

    # the bit module takes a wide lane at its own width
    var big = UInt128(1) << 100
    print(log2_floor(big), log2_ceil(big + 1), count_leading_zeros(big), count_trailing_zeros(big), pop_count(big - 1))
    print(log2_floor(Int256(-1)), count_leading_zeros(Int128(-1)), count_leading_zeros(UInt256(0)))

    # a compile-time loop over a list of DTypes
    @parameter
    for dtype in [DType.int8, DType.uint64, DType.int128, DType.uint256]:
        alias minus_one = Scalar[dtype](-1) if dtype.is_signed() else Scalar[dtype](0) - 1
        print(String(dtype), minus_one, Scalar[dtype].MAX, log2_floor(Scalar[dtype](99)))
