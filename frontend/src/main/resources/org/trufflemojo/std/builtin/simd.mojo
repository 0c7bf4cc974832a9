# Methods of SIMD[dtype, width] vectors, declared as functions whose first parameter is
# `self: SIMD[dtype, width]`; dtype and width are inferred from the vector.

from sys import size_of
from utils.static_tuple import StaticTuple


@intrinsic("simd.reduce_add")
fn _reduce_add[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Scalar[dtype]:
    """The sum of the lanes."""
    ...


@intrinsic("simd.reduce_mul")
fn _reduce_mul[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Scalar[dtype]:
    """The product of the lanes."""
    ...


@intrinsic("simd.reduce_min")
fn _reduce_min[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Scalar[dtype]:
    ...


@intrinsic("simd.reduce_max")
fn _reduce_max[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Scalar[dtype]:
    ...


@intrinsic("simd.len")
fn __len__[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Int:
    """The number of lanes."""
    ...


fn __all_lanes_eq__[dtype: DType, width: Int, //](self: SIMD[dtype, width], other: SIMD[dtype, width]) -> Bool:
    """Whether every lane equals the other vector's, NaN lanes matching NaN lanes (how testing.assert_equal compares vectors)."""
    for i in range(width):
        if self[i] != other[i]:
            @parameter
            if dtype.is_floating_point():
                if self[i] == self[i] or other[i] == other[i]:
                    return False
            else:
                return False
    return True


fn cast[dtype: DType, width: Int, //, target: DType](self: SIMD[dtype, width]) -> SIMD[target, width]:
    """The vector with each lane converted to the target DType."""
    var r = SIMD[target, width](0)
    for i in range(width):
        r[i] = Scalar[target](self[i])
    return r


@intrinsic("simd.reduce_and")
fn _reduce_and[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Scalar[dtype]:
    ...


@intrinsic("simd.reduce_or")
fn _reduce_or[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Scalar[dtype]:
    ...


@intrinsic("simd.reduce_xor")
fn _reduce_xor[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Scalar[dtype]:
    ...


fn reduce_and[dtype: DType, width: Int, //, size_out: Int = 1](self: SIMD[dtype, width]) -> SIMD[dtype, size_out]:
    """The lanes combined with bitwise and (logical and for bool lanes), down to size_out lanes."""
    @parameter
    if size_out == 1:
        return _reduce_and(self)
    else:
        var r = SIMD[dtype, size_out](self[0])
        for i in range(size_out):
            r[i] = self[i]
        for i in range(size_out, width):
            r[i % size_out] = r[i % size_out] & self[i]
        return r


fn reduce_or[dtype: DType, width: Int, //, size_out: Int = 1](self: SIMD[dtype, width]) -> SIMD[dtype, size_out]:
    """The lanes combined with bitwise or (logical or for bool lanes), down to size_out lanes."""
    @parameter
    if size_out == 1:
        return _reduce_or(self)
    else:
        var r = SIMD[dtype, size_out](self[0])
        for i in range(size_out):
            r[i] = self[i]
        for i in range(size_out, width):
            r[i % size_out] = r[i % size_out] | self[i]
        return r


fn reduce_xor[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Scalar[dtype]:
    return _reduce_xor(self)


fn reduce_bit_count[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Int:
    """The number of set bits over all lanes (of true lanes for bool)."""
    var n = 0
    @parameter
    if dtype == DType.bool:
        for i in range(width):
            if self[i]:
                n += 1
    else:
        for i in range(width):
            var x = UInt64(self[i]) & ((UInt64(1) << UInt64(dtype.bitwidth() - 1)) * 2 - 1)
            while x != 0:
                x &= x - 1
                n += 1
    return n


fn __repr__[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> String:
    """SIMD[DType.int32, 4](1, 2, 3, 4)."""
    var s = "SIMD[DType." + String(dtype) + ", " + String(width) + "]("
    for i in range(width):
        if i > 0:
            s += ", "
        s += String(self[i])
    return s + ")"


fn __hash__[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> UInt:
    """A hash of the lanes' values."""
    var h: UInt = UInt(width)
    for i in range(width):
        h = h * 1000003 ^ hash(String(self[i]))
    return h


fn select[dtype: DType, width: Int, //](self: SIMD[DType.bool, width], true_case: SIMD[dtype, width], false_case: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """Per lane: true_case's lane where this mask is true, false_case's elsewhere."""
    var r = false_case
    for i in range(width):
        if self[i]:
            r[i] = true_case[i]
    return r


fn _dynamic_shuffle[dtype: DType, width: Int, n: Int, //](self: SIMD[dtype, width], indices: SIMD[DType.uint8, n]) -> SIMD[dtype, n]:
    """The lanes at the given indices."""
    var r = SIMD[dtype, n](self[0])
    for i in range(n):
        r[i] = self[Int(indices[i])]
    return r


fn shuffle[dtype: DType, width: Int, //, *mask: Int](self: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """The lanes at the mask's indices (one index per lane)."""
    constrained[len(mask) == width, "shuffle needs one index per lane"]()
    var r = self
    @parameter
    for i in range(len(mask)):  # (only the mask's indices are read, also when the constraint fails)
        r[i] = self[mask[i]]
    return r


fn shuffle[dtype: DType, width: Int, //, *mask: Int](self: SIMD[dtype, width], other: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """The lanes at the mask's indices into this vector's lanes followed by the other's."""
    constrained[len(mask) == width, "shuffle needs one index per lane"]()
    var r = self
    @parameter
    for i in range(len(mask)):  # (only the mask's indices are read, also when the constraint fails)
        @parameter
        if mask[i] < width:
            r[i] = self[mask[i]]
        else:
            r[i] = other[mask[i] - width]
    return r


fn _shuffle_variadic[dtype: DType, width: Int, //, *mask: Int, output_size: Int](self: SIMD[dtype, width], other: SIMD[dtype, width]) -> SIMD[dtype, output_size]:
    """output_size lanes, at the mask's indices into this vector's lanes followed by the other's."""
    constrained[len(mask) == output_size, "the mask needs one index per output lane"]()
    var r = SIMD[dtype, output_size](self[0])
    @parameter
    for i in range(len(mask)):
        @parameter
        if mask[i] < width:
            r[i] = self[mask[i]]
        else:
            r[i] = other[mask[i] - width]
    return r


fn _shuffle_list[dtype: DType, width: Int, //, output_size: Int, mask: StaticTuple[Int, output_size]](self: SIMD[dtype, width], other: SIMD[dtype, width]) -> SIMD[dtype, output_size]:
    """As _shuffle_variadic, with the mask a compile-time StaticTuple."""
    constrained[len(mask) == output_size, "the mask needs one index per output lane"]()
    var r = SIMD[dtype, output_size](self[0])
    @parameter
    for i in range(len(mask)):
        @parameter
        if mask[i] < width:
            r[i] = self[mask[i]]
        else:
            r[i] = other[mask[i] - width]
    return r


fn slice[dtype: DType, width: Int, //, output_width: Int, *, offset: Int = 0](self: SIMD[dtype, width]) -> SIMD[dtype, output_width]:
    """output_width lanes, from lane offset on."""
    var r = SIMD[dtype, output_width](self[offset])
    for i in range(output_width):
        r[i] = self[offset + i]
    return r


fn join[dtype: DType, width: Int, //](self: SIMD[dtype, width], other: SIMD[dtype, width]) -> SIMD[dtype, 2 * width]:
    """The lanes of this vector, then the other's."""
    var r = SIMD[dtype, 2 * width](self[0])
    for i in range(width):
        r[i] = self[i]
        r[width + i] = other[i]
    return r


fn interleave[dtype: DType, width: Int, //](self: SIMD[dtype, width], other: SIMD[dtype, width]) -> SIMD[dtype, 2 * width]:
    """The lanes of the two vectors taken in turn."""
    var r = SIMD[dtype, 2 * width](self[0])
    for i in range(width):
        r[2 * i] = self[i]
        r[2 * i + 1] = other[i]
    return r


fn deinterleave[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Tuple[SIMD[dtype, width // 2], SIMD[dtype, width // 2]]:
    """The even lanes and the odd lanes."""
    var a = SIMD[dtype, width // 2](self[0])
    var b = SIMD[dtype, width // 2](self[1])
    for i in range(width // 2):
        a[i] = self[2 * i]
        b[i] = self[2 * i + 1]
    return (a, b)


fn split[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Tuple[SIMD[dtype, width // 2], SIMD[dtype, width // 2]]:
    """The lower half and the upper half."""
    var a = SIMD[dtype, width // 2](self[0])
    var b = SIMD[dtype, width // 2](self[0])
    for i in range(width // 2):
        a[i] = self[i]
        b[i] = self[width // 2 + i]
    return (a, b)


fn insert[dtype: DType, width: Int, n: Int, //, *, offset: Int = 0](self: SIMD[dtype, width], value: SIMD[dtype, n]) -> SIMD[dtype, width]:
    """This vector with value's lanes written from lane offset on."""
    var r = self
    for i in range(n):
        r[offset + i] = value[i]
    return r


fn rotate_left[dtype: DType, width: Int, //, shift: Int](self: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """The lanes moved shift places towards lane 0, those falling off coming in at the end."""
    var r = self
    for i in range(width):
        r[i] = self[(i + shift) % width]
    return r


fn rotate_right[dtype: DType, width: Int, //, shift: Int](self: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """The lanes moved shift places away from lane 0, those falling off coming in at the start."""
    var r = self
    for i in range(width):
        r[i] = self[(i - shift) % width]
    return r


fn shift_left[dtype: DType, width: Int, //, shift: Int](self: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """The lanes moved shift places towards lane 0, zeros coming in at the end."""
    var r = SIMD[dtype, width](0)
    for i in range(width - shift):
        r[i] = self[i + shift]
    return r


fn shift_right[dtype: DType, width: Int, //, shift: Int](self: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """The lanes moved shift places away from lane 0, zeros coming in at the start."""
    var r = SIMD[dtype, width](0)
    for i in range(shift, width):
        r[i] = self[i - shift]
    return r


fn reversed[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """The lanes in reverse order."""
    var r = self
    for i in range(width):
        r[i] = self[width - 1 - i]
    return r


fn clamp[dtype: DType, width: Int, //](self: SIMD[dtype, width], lower_bound: SIMD[dtype, width], upper_bound: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """Each lane brought into [lower_bound, upper_bound]."""
    return min(max(self, lower_bound), upper_bound)


fn fma[dtype: DType, width: Int, //](self: SIMD[dtype, width], multiplier: SIMD[dtype, width], accumulator: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """self * multiplier + accumulator, lane by lane."""
    return self * multiplier + accumulator


fn is_power_of_two[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> SIMD[DType.bool, width]:
    """Per lane: whether it is a positive power of two."""
    var r = SIMD[DType.bool, width](False)
    for i in range(width):
        var x = self[i]
        r[i] = x > 0 and (x & (x - 1)) == 0
    return r


fn is_nan[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Bool:
    """Whether the (float) value is NaN, as FloatLiteral.is_nan."""
    return self != self


fn is_neg_zero[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> Bool:
    """Whether the (float) value is -0.0, as FloatLiteral.is_neg_zero."""
    return self == 0 and String(self).startswith("-")


fn reduce_add[dtype: DType, width: Int, //, size_out: Int = 1](self: SIMD[dtype, width]) -> SIMD[dtype, size_out]:
    """The lanes combined with add, down to size_out lanes (lane j of the result folds the lanes i with i % size_out == j)."""
    @parameter
    if size_out == 1:
        return _reduce_add(self)
    else:
        var r = SIMD[dtype, size_out](self[0])
        for i in range(size_out):
            r[i] = self[i]
        for i in range(size_out, width):
            r[i % size_out] = r[i % size_out] + self[i]
        return r


fn reduce_mul[dtype: DType, width: Int, //, size_out: Int = 1](self: SIMD[dtype, width]) -> SIMD[dtype, size_out]:
    """The lanes combined with mul, down to size_out lanes (lane j of the result folds the lanes i with i % size_out == j)."""
    @parameter
    if size_out == 1:
        return _reduce_mul(self)
    else:
        var r = SIMD[dtype, size_out](self[0])
        for i in range(size_out):
            r[i] = self[i]
        for i in range(size_out, width):
            r[i % size_out] = r[i % size_out] * self[i]
        return r


fn reduce_min[dtype: DType, width: Int, //, size_out: Int = 1](self: SIMD[dtype, width]) -> SIMD[dtype, size_out]:
    """The lanes combined with min, down to size_out lanes (lane j of the result folds the lanes i with i % size_out == j)."""
    @parameter
    if size_out == 1:
        return _reduce_min(self)
    else:
        var r = SIMD[dtype, size_out](self[0])
        for i in range(size_out):
            r[i] = self[i]
        for i in range(size_out, width):
            r[i % size_out] = min(r[i % size_out], self[i])
        return r


fn reduce_max[dtype: DType, width: Int, //, size_out: Int = 1](self: SIMD[dtype, width]) -> SIMD[dtype, size_out]:
    """The lanes combined with max, down to size_out lanes (lane j of the result folds the lanes i with i % size_out == j)."""
    @parameter
    if size_out == 1:
        return _reduce_max(self)
    else:
        var r = SIMD[dtype, size_out](self[0])
        for i in range(size_out):
            r[i] = self[i]
        for i in range(size_out, width):
            r[i % size_out] = max(r[i % size_out], self[i])
        return r


fn _modf[dtype: DType, width: Int, //](x: SIMD[dtype, width]) -> Tuple[SIMD[dtype, width], SIMD[dtype, width]]:
    """The integral and fractional parts of each lane (both with x's sign)."""
    var integral = x
    var fractional = x
    for i in range(width):
        var v = Float64(x[i])
        var t = Float64(Int(v)) if v == v and v - v == 0 else v
        integral[i] = Scalar[dtype](t)
        fractional[i] = Scalar[dtype](v - t)
    return (integral, fractional)


fn copy[dtype: DType, width: Int, //](self: SIMD[dtype, width]) -> SIMD[dtype, width]:
    """An explicit copy (a vector is copied by value)."""
    return self


# Bit patterns and bytes. The static methods (SIMD[dtype, width].from_bits(v), Float32.from_bytes(b))
# get dtype and width from the type they are called through.


fn _bitcast_lanes[src: DType, width: Int, //, dst: DType](value: SIMD[src, width]) -> SIMD[dst, width]:
    """The lanes of value reinterpreted as dst, a DType of the same size: each lane goes through memory."""
    var cell = UnsafePointer[Scalar[src]].alloc(1)
    var result = SIMD[dst, width](0)
    for i in range(width):
        cell[0] = value[i]
        result[i] = cell.bitcast[Scalar[dst]]()[0]
    cell.free()
    return result


@staticmethod
fn from_bits[dtype: DType, width: Int, int_dtype: DType, //](value: SIMD[int_dtype, width]) -> SIMD[dtype, width]:
    """The vector whose lanes have the bits of value's lanes (an integral DType of the same size)."""
    constrained[int_dtype.is_integral(), "the SIMD type must be integral"]()
    constrained[size_of[Scalar[int_dtype]]() == size_of[Scalar[dtype]](), "the bits must be as wide as the lanes"]()
    return _bitcast_lanes[dtype](value)


fn to_bits[dtype: DType, width: Int, //, target: DType](self: SIMD[dtype, width]) -> SIMD[target, width]:
    """The lanes' bits as the unsigned integer DType target, zero-extended if it is wider."""
    @parameter
    if dtype == DType.bool:
        return self.cast[target]()
    elif size_of[Scalar[dtype]]() == 1:
        return _bitcast_lanes[DType.uint8](self).cast[target]()
    elif size_of[Scalar[dtype]]() == 2:
        return _bitcast_lanes[DType.uint16](self).cast[target]()
    elif size_of[Scalar[dtype]]() == 4:
        return _bitcast_lanes[DType.uint32](self).cast[target]()
    elif size_of[Scalar[dtype]]() == 8:
        return _bitcast_lanes[DType.uint64](self).cast[target]()
    elif size_of[Scalar[dtype]]() == 16:
        return _bitcast_lanes[DType.uint128](self).cast[target]()
    else:
        return _bitcast_lanes[DType.uint256](self).cast[target]()


# to_bits() without a target: the unsigned DType of the lane's size, one overload per DType
# (a compile-time parameter's default cannot depend on the vector's dtype here).

fn to_bits[width: Int, //](self: SIMD[DType.bool, width]) -> SIMD[DType.uint8, width]:
    return self.to_bits[DType.uint8]()

fn to_bits[width: Int, //](self: SIMD[DType.int8, width]) -> SIMD[DType.uint8, width]:
    return self.to_bits[DType.uint8]()

fn to_bits[width: Int, //](self: SIMD[DType.uint8, width]) -> SIMD[DType.uint8, width]:
    return self.to_bits[DType.uint8]()

fn to_bits[width: Int, //](self: SIMD[DType.int16, width]) -> SIMD[DType.uint16, width]:
    return self.to_bits[DType.uint16]()

fn to_bits[width: Int, //](self: SIMD[DType.uint16, width]) -> SIMD[DType.uint16, width]:
    return self.to_bits[DType.uint16]()

fn to_bits[width: Int, //](self: SIMD[DType.float16, width]) -> SIMD[DType.uint16, width]:
    return self.to_bits[DType.uint16]()

fn to_bits[width: Int, //](self: SIMD[DType.bfloat16, width]) -> SIMD[DType.uint16, width]:
    return self.to_bits[DType.uint16]()

fn to_bits[width: Int, //](self: SIMD[DType.int32, width]) -> SIMD[DType.uint32, width]:
    return self.to_bits[DType.uint32]()

fn to_bits[width: Int, //](self: SIMD[DType.uint32, width]) -> SIMD[DType.uint32, width]:
    return self.to_bits[DType.uint32]()

fn to_bits[width: Int, //](self: SIMD[DType.float32, width]) -> SIMD[DType.uint32, width]:
    return self.to_bits[DType.uint32]()

fn to_bits[width: Int, //](self: SIMD[DType.int64, width]) -> SIMD[DType.uint64, width]:
    return self.to_bits[DType.uint64]()

fn to_bits[width: Int, //](self: SIMD[DType.uint64, width]) -> SIMD[DType.uint64, width]:
    return self.to_bits[DType.uint64]()

fn to_bits[width: Int, //](self: SIMD[DType.float64, width]) -> SIMD[DType.uint64, width]:
    return self.to_bits[DType.uint64]()

fn to_bits[width: Int, //](self: SIMD[DType.index, width]) -> SIMD[DType.uint64, width]:
    return self.to_bits[DType.uint64]()

# (the integers wider than 64 bits are scalars only)

fn to_bits(self: Scalar[DType.int128]) -> Scalar[DType.uint128]:
    return self.to_bits[DType.uint128]()

fn to_bits(self: Scalar[DType.uint128]) -> Scalar[DType.uint128]:
    return self.to_bits[DType.uint128]()

fn to_bits(self: Scalar[DType.int256]) -> Scalar[DType.uint256]:
    return self.to_bits[DType.uint256]()

fn to_bits(self: Scalar[DType.uint256]) -> Scalar[DType.uint256]:
    return self.to_bits[DType.uint256]()


fn as_bytes[dtype: DType, width: Int, //, big_endian: Bool = False](self: SIMD[dtype, width]) -> InlineArray[Byte, width * size_of[Scalar[dtype]]()]:
    """The bytes of the lanes, in lane order; each lane's least significant byte first unless big_endian."""
    alias lane_bytes = size_of[Scalar[dtype]]()
    var cell = UnsafePointer[Scalar[dtype]].alloc(width)
    cell.store(0, self)
    var raw = cell.bitcast[Byte]()  # (memory is little-endian)
    var result = InlineArray[Byte, width * size_of[Scalar[dtype]]()](fill=0)
    for i in range(width):
        for j in range(lane_bytes):
            result[i * lane_bytes + j] = raw[i * lane_bytes + (lane_bytes - 1 - j if big_endian else j)]
    cell.free()
    return result


@staticmethod
fn from_bytes[dtype: DType, width: Int, //, big_endian: Bool = False](bytes: InlineArray[Byte, width * size_of[Scalar[dtype]]()]) -> SIMD[dtype, width]:
    """The vector whose lanes are made of the bytes, as as_bytes[big_endian] lays them out."""
    alias lane_bytes = size_of[Scalar[dtype]]()
    var cell = UnsafePointer[Scalar[dtype]].alloc(width)
    var raw = cell.bitcast[Byte]()
    for i in range(width):
        for j in range(lane_bytes):
            raw[i * lane_bytes + (lane_bytes - 1 - j if big_endian else j)] = bytes[i * lane_bytes + j]
    var result = cell.load[width]()
    cell.free()
    return result
