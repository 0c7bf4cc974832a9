# The parameters of a SIMD type, read on the type or on a value: `size` and `dtype`.


def main():
    print(SIMD[DType.float32, 4].size)
    var x = SIMD[DType.int32, 2](4, 8)
    print(x.dtype, x.size)
    var f: Float32 = 1.5
    print(f.dtype, f.size)
