# SIMD's bit patterns and bytes: from_bits and from_bytes are static methods called through the
# type (its dtype and width come from the type); to_bits and as_bytes are methods of a value.


def main():
    print(Float32(1.0).to_bits(), Float32(-1.0).to_bits[DType.uint64]())
    print(Scalar[DType.bool](True).to_bits(), Int8(-1).to_bits())
    print(SIMD[DType.float64, 2](1.0, 2.0).to_bits())
    print(Float32.from_bits(UInt32(0x40400000)), Int64.from_bits(UInt64(0xFFFFFFFFFFFFFFFF)))
    print(Scalar[DType.bool].from_bits(UInt8(1)), SIMD[DType.float32, 2].from_bits(SIMD[DType.uint32, 2](0x3F800000, 0x40000000)))
    alias F2 = SIMD[DType.float32, 2]
    print(F2.from_bits(F2(0.5, 4.0).to_bits()))

    var v = SIMD[DType.uint16, 2](0x0102, 0x0304)
    var little = v.as_bytes()
    var big = v.as_bytes[big_endian=True]()
    print(len(little), little[0], little[1], little[2], little[3])
    print(big[0], big[1], big[2], big[3])
    print(SIMD[DType.uint16, 2].from_bytes(little), SIMD[DType.uint16, 2].from_bytes[big_endian=True](big))
    print(Int32.from_bytes[big_endian=True](Int32(-2).as_bytes[big_endian=True]()))

    # a pointer's load and store accept an alignment
    var p = UnsafePointer[UInt8].alloc(8)
    for i in range(8):
        p[i] = i
    print(p.bitcast[UInt16]().load[width=2, alignment=1](1))
    p.free()
