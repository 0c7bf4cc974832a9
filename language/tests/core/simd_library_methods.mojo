# SIMD methods are declared in the library (std/builtin/simd.mojo) over a dtype and a width
# inferred from the vector: the result of a reduction is a scalar of the lane type.
def main():
    var v = SIMD[DType.float32, 4](1.0, 2.0, 3.0, 4.5)
    var w = SIMD[DType.int8, 8](1, 2, 3, 4, 5, 6, 7, 8)
    print(v.reduce_add(), v.reduce_max(), w.reduce_mul(), w.reduce_min(), w.__len__(), len(v))
    var x = v.reduce_add() + Float32(0.5)
    print(x)
