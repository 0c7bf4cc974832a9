# The math module: functions on Float64 (an Int argument converts), and their Int overloads.
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


@primitive("FLOAT_CEIL")
fn ceil(x: Float64) -> Float64:
    ...


fn ceil(x: Int) -> Int:
    return x


@primitive("FLOAT_TRUNC")
fn trunc(x: Float64) -> Float64:
    ...


fn trunc(x: Int) -> Int:
    return x


@intrinsic("math.isnan")
fn isnan(x: Float64) -> Bool:
    ...


@intrinsic("math.isinf")
fn isinf(x: Float64) -> Bool:
    ...


@intrinsic("math.isfinite")
fn isfinite(x: Float64) -> Bool:
    ...
