# BitSet(mask): a bit set from a SIMD[DType.bool, n] mask; n (the size) is inferred from the mask.
from collections import BitSet


def main():
    var all = BitSet(SIMD[DType.bool, 128](True))
    print(len(all), all.test(127))
    var none = BitSet(SIMD[DType.bool, 64](False))
    print(len(none), none.test(3))
    var some = BitSet(SIMD[DType.bool, 4](True, False, True, False))
    print(len(some), some.test(0), some.test(1), some.test(2), some.test(3))
