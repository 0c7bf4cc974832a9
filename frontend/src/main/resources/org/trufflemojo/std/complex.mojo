# The complex module: ComplexSIMD[dtype, size], vectors of complex numbers with a real and an
# imaginary SIMD part, and the aliases ComplexFloat32 and ComplexFloat64 (one complex number).
import math

struct ComplexSIMD[dtype: DType, size: Int](Copyable, Movable, Stringable, Writable):
    """size complex numbers: re[i] + im[i] * i."""

    var re: SIMD[dtype, size]  # the real parts
    var im: SIMD[dtype, size]  # the imaginary parts

    fn __init__(out self, re: SIMD[dtype, size], im: SIMD[dtype, size] = 0):
        self.re = re
        self.im = im

    fn __str__(self) -> String:
        """re, or re + imi when the imaginary part is not zero; a vector in brackets."""
        var out = String()
        @parameter
        if size > 1:
            out += "["
        for i in range(size):
            if i > 0:
                out += ", "
            out += String(self.re[i])
            if self.im[i] != 0:
                out += " + " + String(self.im[i]) + "i"
        @parameter
        if size > 1:
            out += "]"
        return out

    fn write_to[W: Writer](self, mut writer: W):
        writer.write(self.__str__())

    fn __abs__(self) -> SIMD[dtype, size]:
        """The magnitude: sqrt(re * re + im * im)."""
        return math.sqrt(self.squared_norm())

    fn squared_norm(self) -> SIMD[dtype, size]:
        """re * re + im * im."""
        return self.re * self.re + self.im * self.im

    fn norm(self) -> SIMD[dtype, size]:
        return math.sqrt(self.squared_norm())

    fn __neg__(self) -> Self:
        return Self(_neg(self.re), _neg(self.im))

    fn __add__(self, rhs: Self) -> Self:
        return Self(self.re + rhs.re, self.im + rhs.im)

    fn __sub__(self, rhs: Self) -> Self:
        return Self(self.re - rhs.re, self.im - rhs.im)

    fn __mul__(self, rhs: Self) -> Self:
        return Self(self.re * rhs.re - self.im * rhs.im, self.re * rhs.im + self.im * rhs.re)

    fn __truediv__(self, rhs: Self) -> Self:
        var denom = rhs.squared_norm()
        # (as Mojo's standard library computes it: the imaginary part is (re * rhs.im - im * rhs.re) / |rhs|^2)
        return Self((self.re * rhs.re + self.im * rhs.im) / denom, (self.re * rhs.im - self.im * rhs.re) / denom)

    fn __iadd__(mut self, rhs: Self):
        self = self + rhs

    fn __isub__(mut self, rhs: Self):
        self = self - rhs

    fn __imul__(mut self, rhs: Self):
        self = self * rhs

    fn __itruediv__(mut self, rhs: Self):
        self = self / rhs

    fn __eq__(self, rhs: Self) -> Bool:
        for i in range(size):
            if self.re[i] != rhs.re[i] or self.im[i] != rhs.im[i]:
                return False
        return True

    fn __ne__(self, rhs: Self) -> Bool:
        return not self == rhs

    fn fma(self, b: Self, c: Self) -> Self:
        """self * b + c."""
        return Self(self.re * b.re - self.im * b.im + c.re, self.re * b.im + self.im * b.re + c.im)

    fn squared_add(self, c: Self) -> Self:
        """self * self + c."""
        return self.fma(self, c)

    fn conj(self) -> Self:
        """The complex conjugate: re - imi."""
        return Self(self.re, _neg(self.im))

    fn __exp__(self) -> Self:
        """e ** self: exp(re) * (cos(im) + i sin(im))."""
        var r = math.exp(self.re)
        return Self(r * math.cos(self.im), r * math.sin(self.im))


fn _neg[dtype: DType, size: Int, //](x: SIMD[dtype, size]) -> SIMD[dtype, size]:
    return SIMD[dtype, size](0) - x


alias ComplexFloat32 = ComplexSIMD[DType.float32, 1]
alias ComplexFloat64 = ComplexSIMD[DType.float64, 1]


fn abs[dtype: DType, size: Int, //](x: ComplexSIMD[dtype, size]) -> SIMD[dtype, size]:
    """The magnitude of each complex number."""
    return x.__abs__()
