# Vectors of 128- and 256-bit lanes are not supported (their scalars are); nor are the bit
# operations that need a fixed machine width, and a wide integer is not a Dict key yet.
from bit import bit_reverse


def main():
    var v = SIMD[DType.int128, 2](1, 2)
    print(bit_reverse(UInt128(1)))
    var d = Dict[Int256, Int]()
