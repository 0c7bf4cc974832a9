# The bit module: bit manipulation on Int (and UInt where Mojo has it). The SIMD forms come with
# DType parameters on library functions.


@intrinsic("bit.count_leading_zeros")
fn count_leading_zeros(val: Int) -> Int:
    """The number of zero bits before the highest set bit (64 for 0)."""
    ...


@intrinsic("bit.count_trailing_zeros")
fn count_trailing_zeros(val: Int) -> Int:
    """The number of zero bits after the lowest set bit (64 for 0)."""
    ...


@intrinsic("bit.pop_count")
fn pop_count(val: Int) -> Int:
    """The number of set bits."""
    ...


@intrinsic("bit.bit_reverse")
fn bit_reverse(val: Int) -> Int:
    """The bits in reverse order."""
    ...


@intrinsic("bit.byte_swap")
fn byte_swap(val: Int) -> Int:
    """The bytes in reverse order."""
    ...


@intrinsic("bit.bit_not")
fn bit_not(val: Int) -> Int:
    """Every bit flipped."""
    ...


fn bit_width(val: Int) -> Int:
    """The number of bits needed to represent val (a negative value: its complement)."""
    if val < 0:
        return 64 - count_leading_zeros(~val)
    return 64 - count_leading_zeros(val)


fn is_power_of_two(val: Int) -> Bool:
    """Whether val is a positive power of two."""
    return val > 0 and (val & (val - 1)) == 0


fn is_power_of_two(val: UInt) -> Bool:
    return val != 0 and (val & (val - 1)) == 0


fn next_power_of_two(val: Int) -> Int:
    """The smallest power of two at least val (1 for val <= 1)."""
    if val <= 1:
        return 1
    return 1 << (64 - count_leading_zeros(val - 1))


fn next_power_of_two(val: UInt) -> UInt:
    if val <= 1:
        return 1
    return UInt(1) << UInt(64 - count_leading_zeros(Int(val - 1)))


fn prev_power_of_two(val: Int) -> Int:
    """The largest power of two at most val (0 for val <= 0)."""
    if val <= 0:
        return 0
    return 1 << (63 - count_leading_zeros(val))


fn log2_floor(val: Int) -> Int:
    """floor(log2(val)) for val > 0; -1 for val <= 0."""
    if val <= 0:
        return -1
    return 63 - count_leading_zeros(val)


fn log2_ceil(val: Int) -> Int:
    """ceil(log2(val)) for val > 0; 0 for val <= 1."""
    if val <= 1:
        return 0
    return 64 - count_leading_zeros(val - 1)


@intrinsic("bit.rotate_left")
fn _rotate_left(val: Int, shift: Int) -> Int:
    ...


fn rotate_bits_left[shift: Int](x: Int) -> Int:
    """The bits of x rotated left by shift (right for a negative shift)."""
    return _rotate_left(x, shift)


fn rotate_bits_right[shift: Int](x: Int) -> Int:
    """The bits of x rotated right by shift (left for a negative shift)."""
    return _rotate_left(x, -shift)


# The SIMD forms: lane by lane, each lane's bits taken at its DType's width.


fn _lane_bits[dtype: DType](x: Scalar[dtype]) -> Int:
    """The lane's bits, zero-extended to an Int."""
    alias bits = dtype.bitwidth()
    @parameter
    if bits >= 64:
        return Int(x)
    else:
        return Int(x) & ((1 << bits) - 1)


# A lane wider than 64 bits (Int128 ... UInt256) is taken as 64-bit chunks, the least significant first.


fn _chunk[dtype: DType](x: Scalar[dtype], k: Int) -> Int:
    """Bits 64*k ... 64*k+63 of a wide lane."""
    return Int(x >> Scalar[dtype](64 * k))


fn _lane_leading_zeros[dtype: DType](x: Scalar[dtype]) -> Int:
    """The number of leading zero bits of the lane, at its DType's width."""
    alias bits = dtype.bitwidth()
    @parameter
    if bits > 64:
        var n = 0
        for k in range(bits // 64 - 1, -1, -1):
            var part = _chunk[dtype](x, k)
            if part != 0:
                return n + count_leading_zeros(part)
            n += 64
        return n
    else:
        return count_leading_zeros(_lane_bits[dtype](x)) - (64 - bits)


fn pop_count[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    alias bits = dtype.bitwidth()
    var r = val
    for i in range(width):
        @parameter
        if bits > 64:
            var n = 0
            for k in range(bits // 64):
                n += pop_count(_chunk[dtype](val[i], k))
            r[i] = Scalar[dtype](n)
        else:
            r[i] = Scalar[dtype](pop_count(_lane_bits[dtype](val[i])))
    return r


fn count_leading_zeros[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    var r = val
    for i in range(width):
        r[i] = Scalar[dtype](_lane_leading_zeros[dtype](val[i]))
    return r


fn count_trailing_zeros[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    alias bits = dtype.bitwidth()
    var r = val
    for i in range(width):
        @parameter
        if bits > 64:
            var n = 0
            for k in range(bits // 64):
                var part = _chunk[dtype](val[i], k)
                if part != 0:
                    n += count_trailing_zeros(part)
                    break
                n += 64
            r[i] = Scalar[dtype](n)
        else:
            r[i] = Scalar[dtype](min(count_trailing_zeros(_lane_bits[dtype](val[i])), bits))
    return r


fn bit_reverse[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    alias bits = dtype.bitwidth()
    constrained[bits <= 64, "bit_reverse of integers wider than 64 bits is not supported yet"]()
    var r = val
    for i in range(width):
        r[i] = Scalar[dtype](Int(UInt(bit_reverse(_lane_bits[dtype](val[i]))) >> UInt(64 - bits)))
    return r


fn byte_swap[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    alias bits = dtype.bitwidth()
    constrained[bits <= 64, "byte_swap of integers wider than 64 bits is not supported yet"]()
    var r = val
    for i in range(width):
        r[i] = Scalar[dtype](Int(UInt(byte_swap(_lane_bits[dtype](val[i]))) >> UInt(64 - bits)))
    return r


fn bit_not[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    return ~val


fn bit_width[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """The number of bits needed to represent each lane (a negative lane: its complement)."""
    alias bits = dtype.bitwidth()
    var r = val
    for i in range(width):
        var x = val[i]
        @parameter
        if dtype.is_signed():
            if x < 0:
                x = ~x
        r[i] = Scalar[dtype](bits - _lane_leading_zeros[dtype](x))
    return r


fn is_power_of_two[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[DType.bool, width]:
    return val.is_power_of_two()


fn next_power_of_two[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    alias bits = dtype.bitwidth()
    var r = val
    for i in range(width):
        var x = val[i]
        if x <= 1:
            r[i] = 1
        else:
            r[i] = Scalar[dtype](1) << Scalar[dtype](bits - _lane_leading_zeros[dtype](x - 1))
    return r


fn prev_power_of_two[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    alias bits = dtype.bitwidth()
    var r = val
    for i in range(width):
        var x = val[i]
        if x <= 0:
            r[i] = 0
        else:
            r[i] = Scalar[dtype](1) << Scalar[dtype](bits - 1 - _lane_leading_zeros[dtype](x))
    return r


fn log2_floor[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    alias bits = dtype.bitwidth()
    var r = val
    for i in range(width):
        var x = val[i]
        if x <= 0:
            r[i] = Scalar[dtype](-1)
        else:
            r[i] = Scalar[dtype](bits - 1 - _lane_leading_zeros[dtype](x))
    return r


fn log2_ceil[dtype: DType, width: Int, //](val: SIMD[dtype, width]) -> SIMD[dtype, width]:
    alias bits = dtype.bitwidth()
    var r = val
    for i in range(width):
        var x = val[i]
        if x <= 1:
            r[i] = 0
        else:
            r[i] = Scalar[dtype](bits - _lane_leading_zeros[dtype](x - 1))
    return r


fn _rotate_lanes[dtype: DType, width: Int, //](val: SIMD[dtype, width], shift: Int) -> SIMD[dtype, width]:
    alias bits = dtype.bitwidth()
    constrained[bits <= 64, "rotating the bits of integers wider than 64 bits is not supported yet"]()
    var s = ((shift % bits) + bits) % bits
    var r = val
    if s == 0:
        return r
    for i in range(width):
        var b = UInt(_lane_bits[dtype](val[i]))
        var rotated = (b << UInt(s)) | (b >> UInt(bits - s))
        r[i] = Scalar[dtype](Int(rotated))
    return r


fn rotate_bits_left[dtype: DType, width: Int, //, shift: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """The bits of each lane rotated left by shift (right for a negative shift)."""
    return _rotate_lanes(x, shift)


fn rotate_bits_right[dtype: DType, width: Int, //, shift: Int](x: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """The bits of each lane rotated right by shift (left for a negative shift)."""
    return _rotate_lanes(x, -shift)


fn count_leading_zeros(val: UInt) -> Int:
    return count_leading_zeros(Int(val))


fn count_trailing_zeros(val: UInt) -> Int:
    return count_trailing_zeros(Int(val))


fn pop_count(val: UInt) -> Int:
    return pop_count(Int(val))
