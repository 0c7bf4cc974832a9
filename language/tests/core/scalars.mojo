def main():
    var a: Int8 = 127
    a += 1
    print(a, Int8(-128) - 1, UInt8(250) + UInt8(10), UInt8(0) - 1)
    var b = Int32(100000) * Int32(100000)
    print(b, Int16(300) * 200, UInt16(65535) + 1)
    var f: Float32 = 0.1
    print(f, f + 0.2, Float32(1) / 3, Float64(f))
    var x = UInt64(18446744073709551615)
    print(x, x + 1, Int(Int32(-5)), Float64(Int32(7)) / 2)
    var s = Scalar[DType.int32](42)
    var t: SIMD[DType.float32, 1] = 2.5
    print(s, t, s * 2, s // 5, s % 5, -s, s > 40, t < 1.0)
    var i: Int = 5
    print(Int32(i) + 3, UInt8(300), Int8(3.9), Float32(i))
