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
