# The math module: functions on Float64 (an Int argument converts), their Int overloads, and
# generic overloads on SIMD[dtype, width] (a scalar such as Float32 is SIMD[dtype, 1]), which apply
# the function lane by lane, computed in Float64 and rounded to the lanes' precision.
# pi, e, inf and nan are provided by the compiler as compile-time constants.


@primitive("FLOAT_SQRT")
fn sqrt(x: Float64) -> Float64:
    ...


@primitive("FLOAT_SIN")
fn sin(x: Float64) -> Float64:
    ...


@primitive("FLOAT_COS")
fn cos(x: Float64) -> Float64:
    ...


@primitive("FLOAT_TAN")
fn tan(x: Float64) -> Float64:
    ...


@intrinsic("math.atan")
fn atan(x: Float64) -> Float64:
    ...


@primitive("FLOAT_EXP")
fn exp(x: Float64) -> Float64:
    ...


@intrinsic("math.exp2")
fn exp2(x: Float64) -> Float64:
    ...


@primitive("FLOAT_LOG")
fn log(x: Float64) -> Float64:
    ...


@intrinsic("math.log2")
fn log2(x: Float64) -> Float64:
    ...


@intrinsic("math.log10")
fn log10(x: Float64) -> Float64:
    ...


@primitive("FLOAT_FLOOR")
fn floor(x: Float64) -> Float64:
    ...


fn floor(x: Int) -> Int:
    return x


fn floor(x: UInt) -> UInt:
    return x


fn floor[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    @parameter
    if not dtype.is_floating_point():
        return x
    var r = x
    for i in range(width):
        r[i] = Scalar[dtype](floor(Float64(x[i])))
    return r


@primitive("FLOAT_CEIL")
fn ceil(x: Float64) -> Float64:
    ...


fn ceil(x: Int) -> Int:
    return x


fn ceil(x: UInt) -> UInt:
    return x


fn ceil[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    @parameter
    if not dtype.is_floating_point():
        return x
    var r = x
    for i in range(width):
        r[i] = Scalar[dtype](ceil(Float64(x[i])))
    return r


@primitive("FLOAT_TRUNC")
fn trunc(x: Float64) -> Float64:
    ...


fn trunc(x: Int) -> Int:
    return x


fn trunc(x: UInt) -> UInt:
    return x


fn trunc[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    @parameter
    if not dtype.is_floating_point():
        return x
    var r = x
    for i in range(width):
        r[i] = Scalar[dtype](trunc(Float64(x[i])))
    return r


@intrinsic("math.isnan")
fn isnan(x: Float64) -> Bool:
    ...


@intrinsic("math.isinf")
fn isinf(x: Float64) -> Bool:
    ...


@intrinsic("math.isfinite")
fn isfinite(x: Float64) -> Bool:
    ...


fn sqrt[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    var r = x
    for i in range(width):
        r[i] = Scalar[dtype](sqrt(Float64(x[i])))
    return r

fn sin[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    var r = x
    for i in range(width):
        r[i] = Scalar[dtype](sin(Float64(x[i])))
    return r

fn cos[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    var r = x
    for i in range(width):
        r[i] = Scalar[dtype](cos(Float64(x[i])))
    return r

fn tan[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    var r = x
    for i in range(width):
        r[i] = Scalar[dtype](tan(Float64(x[i])))
    return r

fn atan[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    var r = x
    for i in range(width):
        r[i] = Scalar[dtype](atan(Float64(x[i])))
    return r

fn exp[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    var r = x
    for i in range(width):
        r[i] = Scalar[dtype](exp(Float64(x[i])))
    return r

fn exp2[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    var r = x
    for i in range(width):
        r[i] = Scalar[dtype](exp2(Float64(x[i])))
    return r

fn log[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    var r = x
    for i in range(width):
        r[i] = Scalar[dtype](log(Float64(x[i])))
    return r

fn log2[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    var r = x
    for i in range(width):
        r[i] = Scalar[dtype](log2(Float64(x[i])))
    return r

fn log10[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    var r = x
    for i in range(width):
        r[i] = Scalar[dtype](log10(Float64(x[i])))
    return r


fn isnan[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[DType.bool, width]:
    """Whether the value is NaN (never, for an integer DType)."""
    var r = SIMD[DType.bool, width](False)
    @parameter
    if dtype.is_floating_point():
        for i in range(width):
            r[i] = isnan(Float64(x[i]))
    return r


fn isinf[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[DType.bool, width]:
    var r = SIMD[DType.bool, width](False)
    @parameter
    if dtype.is_floating_point():
        for i in range(width):
            r[i] = isinf(Float64(x[i]))
    return r


fn isfinite[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[DType.bool, width]:
    var r = SIMD[DType.bool, width](True)
    @parameter
    if dtype.is_floating_point():
        for i in range(width):
            r[i] = isfinite(Float64(x[i]))
    return r


fn sqrt(x: Int) -> Int:
    """The integer square root: the largest r with r * r <= x (0 for a negative x)."""
    if x <= 0:
        return 0
    var r = Int(sqrt(Float64(x)))
    while r > 0 and r > x // r:
        r -= 1
    while r + 1 <= x // (r + 1):
        r += 1
    return r


fn isqrt[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """The reciprocal of the square root."""
    var r = x
    for i in range(width):
        r[i] = Scalar[dtype](1.0 / sqrt(Float64(x[i])))
    return r


fn atanh[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """The inverse hyperbolic tangent."""
    var r = x
    for i in range(width):
        var v = Float64(x[i])
        r[i] = Scalar[dtype](0.5 * log((1.0 + v) / (1.0 - v)))
    return r


fn copysign[dtype: DType, width: Int, //](magnitude: SIMD[dtype, width], sign: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """The magnitude with the sign of `sign` (for floats, its sign bit: -0.0 and -nan are negative)."""
    var r = magnitude
    for i in range(width):
        @parameter
        if dtype.is_floating_point():
            var m = Float64(magnitude[i])
            var s = Float64(sign[i])
            var negative = _sign_bit(s)
            if _sign_bit(m) != negative:
                r[i] = -magnitude[i]
        else:
            var m = magnitude[i]
            if m < 0:
                m = -m
            r[i] = -m if sign[i] < 0 else m
    return r


fn _sign_bit(x: Float64) -> Bool:
    """Whether x is negative, -0.0 included."""
    return x < 0 or (x == 0 and 1.0 / x < 0)


fn gcd(m: Int, n: Int, /) -> Int:
    """The greatest common divisor of two integers (never negative)."""
    var u = m if m >= 0 else -m
    var v = n if n >= 0 else -n
    while v != 0:
        var t = u % v
        u = v
        v = t
    return u


fn gcd(s: Span[Int], /) -> Int:
    """The greatest common divisor of the integers (0 for none)."""
    var result = 0
    for v in s:
        result = gcd(result, v)
    return result


fn gcd(*values: Int) -> Int:
    var result = 0
    for v in values:
        result = gcd(result, v)
    return result


fn lcm(m: Int, n: Int, /) -> Int:
    """The least common multiple of two integers (never negative; 0 if either is 0)."""
    var d = gcd(m, n)
    if d == 0:
        return 0
    var l = (m // d) * n
    return l if l >= 0 else -l


fn lcm(s: Span[Int], /) -> Int:
    """The least common multiple of the integers (1 for none)."""
    var result = 1
    for v in s:
        result = lcm(result, v)
    return result


fn lcm(*values: Int) -> Int:
    var result = 1
    for v in values:
        result = lcm(result, v)
    return result


fn factorial(n: Int) -> Int:
    """n! for 0 <= n <= 20 (the largest that fits an Int)."""
    var result = 1
    for i in range(2, n + 1):
        result *= i
    return result


@intrinsic("literal.ceildiv")
fn ceildiv(numerator: IntLiteral, denominator: IntLiteral) -> IntLiteral:
    """The IntLiteral overload: folded at compile time, exact at any size."""
    ...


fn ceildiv(numerator: Int, denominator: Int) -> Int:
    """numerator / denominator rounded up."""
    return -(numerator // -denominator)


fn ceildiv(numerator: UInt, denominator: UInt) -> UInt:
    var q = numerator // denominator
    return q + 1 if numerator % denominator != 0 else q


fn ceildiv[dtype: DType, width: Int, //](numerator: SIMD[dtype, width], denominator: SIMD[dtype, width]) -> SIMD[dtype, width]:
    var r = numerator
    for i in range(width):
        var q = numerator[i] // denominator[i]
        @parameter
        if dtype.is_floating_point() or dtype.is_signed():
            r[i] = -(numerator[i] // -denominator[i])
        else:
            r[i] = q + 1 if numerator[i] % denominator[i] != 0 else q
    return r


fn align_down(value: Int, alignment: Int) -> Int:
    """The largest multiple of alignment not above value."""
    return (value // alignment) * alignment


fn align_down(value: UInt, alignment: UInt) -> UInt:
    return (value // alignment) * alignment


fn align_up(value: Int, alignment: Int) -> Int:
    """The smallest multiple of alignment not below value."""
    return ceildiv(value, alignment) * alignment


fn align_up(value: UInt, alignment: UInt) -> UInt:
    return ceildiv(value, alignment) * alignment


fn clamp(val: Int, lower_bound: Int, upper_bound: Int) -> Int:
    """val limited to [lower_bound, upper_bound]."""
    return max(min(val, upper_bound), lower_bound)


fn clamp(val: UInt, lower_bound: UInt, upper_bound: UInt) -> UInt:
    return max(min(val, upper_bound), lower_bound)


fn clamp[dtype: DType, width: Int, //](val: SIMD[dtype, width], lower_bound: SIMD[dtype, width], upper_bound: SIMD[dtype, width]) -> SIMD[dtype, width]:
    var r = val
    for i in range(width):
        var v = val[i]
        if v > upper_bound[i]:
            v = upper_bound[i]
        if v < lower_bound[i]:
            v = lower_bound[i]
        r[i] = v
    return r


fn isclose[dtype: DType, width: Int, //](a: SIMD[dtype, width], b: SIMD[dtype, width], *, atol: Float64 = 1e-08, rtol: Float64 = 1e-05, equal_nan: Bool = False) -> SIMD[DType.bool, width]:
    """Whether a and b are equal within a tolerance: |a - b| <= max(atol, rtol * max(|a|, |b|))."""
    return _isclose(a, b, atol, rtol, equal_nan)


fn _isclose[dtype: DType, width: Int, //](a: SIMD[dtype, width], b: SIMD[dtype, width], atol: Float64, rtol: Float64, equal_nan: Bool) -> Bool:
    """Whether every lane of a is close to b's (see isclose)."""
    for i in range(width):
        @parameter
        if dtype.is_floating_point():
            var x = Float64(a[i])
            var y = Float64(b[i])
            if isnan(x) or isnan(y):
                if not (equal_nan and isnan(x) and isnan(y)):
                    return False
                continue
            if x == y:
                continue
            if not (isfinite(x) and isfinite(y)):
                return False
            var diff = a[i] - b[i]
            var d = Float64(diff)
            if d < 0:
                d = -d
            var ax = x if x >= 0 else -x
            var ay = y if y >= 0 else -y
            var larger = ax if ax > ay else ay
            var tol = rtol * larger
            if atol > tol:
                tol = atol
            if not (d <= tol):
                return False
        else:
            if a[i] != b[i]:
                return False
    return True


fn ulp[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """The distance from each lane to the next representable value away from zero (inf for inf, nan for nan)."""
    var r = x
    var bits = dtype.bitwidth()
    var precision = 53 if bits == 64 else (24 if bits == 32 else 11)
    var min_exponent = -1021 if bits == 64 else (-125 if bits == 32 else -13)
    for i in range(width):
        var v = Float64(x[i])
        if isnan(v) or isinf(v):
            r[i] = Scalar[dtype](v if v > 0 else -v)
            continue
        var e = min_exponent
        if v != 0:
            e = _frexp_exponent(v)
            if e < min_exponent:
                e = min_exponent
        r[i] = Scalar[dtype](2.0 ** Float64(e - precision))
    return r


fn frexp[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> Tuple[SIMD[dtype, width], SIMD[dtype, width]]:
    """The mantissa in [0.5, 1) and the exponent: x == mantissa * 2 ** exponent."""
    var m = x
    var e = x
    for i in range(width):
        var v = Float64(x[i])
        if v == 0 or isnan(v) or isinf(v):
            e[i] = Scalar[dtype](0.0)
            continue
        var exponent = _frexp_exponent(v)
        m[i] = Scalar[dtype](v / (2.0 ** Float64(exponent)))
        e[i] = Scalar[dtype](Float64(exponent))
    return (m, e)


fn _frexp_exponent(x: Float64) -> Int:
    """The e with |x| in [2 ** (e - 1), 2 ** e), for a finite x that is not 0."""
    var v = x if x >= 0 else -x
    var e = 0
    while v >= 1.0:
        v = v / 2.0
        e += 1
    while v < 0.5:
        v = v * 2.0
        e -= 1
    return e


fn iota[dtype: DType, //](buff: UnsafePointer[Scalar[dtype]], length: Int, offset: Int = 0):
    """Fills the buffer with offset, offset + 1, ..."""
    for i in range(length):
        buff[i] = Scalar[dtype](offset + i)


fn iota[dtype: DType, //](mut v: List[Scalar[dtype]], offset: Int = 0):
    for i in range(len(v)):
        v[i] = Scalar[dtype](offset + i)


fn iota(mut v: List[Int], offset: Int = 0):
    for i in range(len(v)):
        v[i] = offset + i


trait _Expable:
    """A type with an exponential: math.exp(x) is x.__exp__()."""

    fn __exp__(self) -> Self:
        ...


fn exp[T: _Expable, //](x: T) -> T:
    """e raised to x, for any type that defines __exp__ (a complex number, ...)."""
    return x.__exp__()
