# SIMD shuffles: the lanes at indices given as a variadic compile-time parameter (*mask: Int);
# with a second vector, the indices run over this vector's lanes followed by the other's.
# _shuffle_list takes the mask as a compile-time StaticTuple of constants.

from utils import StaticTuple


fn pack_size[*values: Int]() -> Int:
    return len(values)


fn middle[*values: Int]() -> Int:
    return values[len(values) // 2]


fn last_of[n: Int, values: StaticTuple[Int, n]]() -> Int:
    return values[n - 1]


def main():
    var vec = SIMD[DType.int32, 4](100, 101, 102, 103)
    print(vec.shuffle[3, 2, 1, 0](), vec.shuffle[0, 0, 1, 1]())
    print(vec.shuffle[0, 2, 4, 6](vec + 10), vec.shuffle[7, 5, 3, 1](vec * 2))
    print(vec._shuffle_variadic[7, 6, 5, 4, 3, 2, 1, 0, output_size=8](vec))
    print(SIMD[DType.float64, 2](1.5, 2.5).shuffle[1, 0]())
    print(vec._shuffle_list[4, StaticTuple[Int, 4](0, 2, 4, 6)](vec + 1), vec._shuffle_list[2, StaticTuple[Int, 2](7, 0)](vec))
    print(pack_size[1, 2, 3](), middle[10, 20, 30, 40, 50](), last_of[3, StaticTuple[Int, 3](4, 5, 6)]())
