# Methods of SIMD[dtype, width] vectors, declared as functions whose first parameter is
# `self: SIMD[dtype, width]`; dtype and width are inferred from the vector.


@intrinsic("simd.reduce_add")
fn reduce_add[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Scalar[dtype]:
    """The sum of the lanes."""
    ...


@intrinsic("simd.reduce_mul")
fn reduce_mul[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Scalar[dtype]:
    """The product of the lanes."""
    ...


@intrinsic("simd.reduce_min")
fn reduce_min[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Scalar[dtype]:
    ...


@intrinsic("simd.reduce_max")
fn reduce_max[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Scalar[dtype]:
    ...


@intrinsic("simd.len")
fn __len__[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Int:
    """The number of lanes."""
    ...


fn __all_lanes_eq__[dtype: DType, width: Int, //](self: SIMD[dtype, width], other: SIMD[dtype, width]) -> Bool:
    """Whether every lane equals the other vector's (how testing.assert_equal compares vectors)."""
    for i in range(width):
        if self[i] != other[i]:
            return False
    return True


fn cast[dtype: DType, width: Int, //, target: DType](self: SIMD[dtype, width]) -> SIMD[target, width]:
    """The vector with each lane converted to the target DType."""
    var r = SIMD[target, width](0)
    for i in range(width):
        r[i] = Scalar[target](self[i])
    return r
