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
