# math, testing.assert_almost_equal, sys.info and utils.numerics: integer helpers, SIMD/scalar
# overloads applied lane by lane, compile-time DTypes and type aliases of SIMD types.
from math import gcd, lcm, factorial, ceildiv, align_up, align_down, clamp, copysign, isqrt, atanh, ulp, frexp, floor, sqrt, exp2, isclose
from sys import CompilationTarget, bitwidthof, sizeof
from sys.info import is_64bit
from testing import assert_almost_equal, assert_equal
from utils.numerics import inf, neg_inf, nan, isnan, isinf

alias F32x4 = SIMD[DType.float32, 4]


fn describe[dtype: DType]() -> String:
    @parameter
    if dtype.is_floating_point():
        return "float" + String(dtype.bitwidth())
    return "integral" if dtype.is_integral() else "other"


def main():
    print(gcd(88, 24), gcd(-2, 0), gcd(2, 4, 6), gcd([16, 24]), gcd(), lcm(4, 6, 7, 3), lcm(-34, -56, -32), lcm())
    print(factorial(0), factorial(20), ceildiv(548, -7), ceildiv(UInt(546), UInt(7)), ceildiv(53.6, 1.35))
    print(align_up(548, -7), align_down(-548, 7), clamp(5, 0, 3), clamp(UInt(1), UInt(2), UInt(4)))
    print(clamp(F32x4(0, 1, 3, 4), 0, 1), floor(Float32(-1.5)), sqrt(Int.MAX), sqrt(-1), sqrt(Float32(2.25)))
    print(copysign(Int32(2), Int32(-5)), copysign(Float32(1), Float32(-0.0)), isqrt(F32x4(1, 4, 16, 0.25)))
    print(atanh(Float32(0.5)), ulp(Float64(5)), ulp(Float32(1)), isinf(ulp(inf[DType.float32]())))
    var fr = frexp(Float64(123.45))
    print(fr[0], fr[1], exp2(Float32(-1)))
    print(isclose(Float32(2), Float32(2.00001), rtol=1e-3), isnan(nan[DType.float32]()), neg_inf[DType.float64](), isnan(Int8(3)))
    print(abs(SIMD[DType.int32, 4](1, -2, 3, -4)), round(F32x4(1.1, 1.5, -2.5, 2.0)), divmod(7, -2)[0], divmod(7, -2)[1])
    print(min(F32x4(-1, 5, 2, 9), 3.0), max(SIMD[DType.int32, 2](1, 7), SIMD[DType.int32, 2](4, 2)), min(3), max(Int8(3), Int8(-4)))
    print(any([0, 0, 1]), all([1, 2, 0]), all(List[Int]()), any(Float32(0)), all(F32x4(1, 2, 3, 4)))
    var a = (1, "one")
    var b = (2, "two")
    swap(a, b)
    print(a[0], a[1], b[0], b[1])
    print(F32x4(1, 2, 3, 4).cast[DType.int8](), Float32(2.5).cast[DType.float64]())
    alias dtype = DType.int16
    alias S = Scalar[dtype]
    print(S(7), describe[dtype](), describe[DType.float32](), describe[DType.bool]())
    print(CompilationTarget.is_x86(), CompilationTarget.has_neon(), is_64bit(), bitwidthof[DType.int16](), bitwidthof[Int](), sizeof[Int32]())

    @parameter
    if not CompilationTarget.has_neon():
        print("not neon")
    assert_almost_equal(exp2(Float32(0.2)), 1.148696)
    assert_almost_equal(F32x4(1, 2, 3, 4), F32x4(1, 2, 3, 4.00001))
    assert_equal(F32x4(1, 2, 3, 4), F32x4(1, 2, 3, 4))
    try:
        assert_almost_equal(Float64(1.0), 1.1, msg="close enough?", atol=0.05)
    except e:
        print(e)
    try:
        assert_equal(SIMD[DType.uint8, 2](1, 1), SIMD[DType.uint8, 2](1, 2))
    except e:
        print(e)
    print(repr(Error("err")))
