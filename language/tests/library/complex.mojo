# complex: ComplexSIMD[dtype, size] (a struct over a DType parameter), the library aliases
# ComplexFloat32/64 (one shared instance), arithmetic, abs, math.exp through __exp__.
import math
from complex import ComplexFloat32, ComplexFloat64, ComplexSIMD, abs


fn show(c: ComplexFloat64):
    print(c.re, c.im)


def main():
    var x = ComplexFloat64(1, 2)
    var y = ComplexFloat64(3, 4)
    show(x + y)
    show(x - y)
    show(x * y)
    show(x / y)
    show(-x)
    show(x.conj())
    show(x.fma(y, x))
    print(abs(ComplexFloat64(3, 4)), abs(ComplexFloat32(0, 1)))
    print(String(ComplexFloat32(1, 0)), String(ComplexFloat32(1.5, -2)), x)
    var e = math.exp(ComplexFloat64(0, 0))
    show(e)
    var v = ComplexSIMD[DType.float32, 2](SIMD[DType.float32, 2](1, 0), SIMD[DType.float32, 2](0, 1))
    print(v, v.re)
