def main():
    var a = SIMD[DType.int32, 4](1, 2, 3, 4)
    var b = a * a
    print(a, b, b - a, a * 10)
    print(b[2], b.reduce_add(), b.reduce_max(), b.reduce_min())
    var f = SIMD[DType.float32, 4](1.5)
    f[0] = 0.1
    print(f, f * 2, (f + 1).reduce_add())
    var c = a
    c[0] = 100
    print(a[0], c[0], len(a))
    var wrap = SIMD[DType.uint8, 2](250, 1) + 10
    print(wrap)
