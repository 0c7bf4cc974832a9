# The bit module (std/bit.mojo): intrinsics on Int and Mojo-bodied functions over them;
# rotate_bits_left takes its distance as a compile-time parameter.
from bit import count_leading_zeros, count_trailing_zeros, pop_count, bit_width, bit_reverse, byte_swap
from bit import next_power_of_two, prev_power_of_two, log2_floor, log2_ceil, is_power_of_two
from bit import rotate_bits_left, rotate_bits_right
from math import ceil, log2


fn twice(n: Scalar) -> __type_of(n):
    # automatic parameterization: n takes the type of the argument
    return n + n


def main():
    print(count_leading_zeros(1), count_trailing_zeros(8), pop_count(-1), bit_width(-2), bit_width(5))
    print(bit_reverse(2**63), byte_swap(1), next_power_of_two(5), next_power_of_two(UInt(9)), prev_power_of_two(100))
    print(log2_floor(9), log2_ceil(9), is_power_of_two(64), is_power_of_two(0))
    print(rotate_bits_left[8](104), rotate_bits_right[2](104), rotate_bits_left[-8](104))
    print(twice(Float32(1.25)), twice(Scalar[DType.index](21)), twice(UInt8(200)))
