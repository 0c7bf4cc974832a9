# SIMD shuffles: the lanes at indices given as a variadic compile-time parameter (*mask: Int);
# with a second vector, the indices run over this vector's lanes followed by the other's.


fn pack_size[*values: Int]() -> Int:
    return len(values)


fn middle[*values: Int]() -> Int:
    return values[len(values) // 2]


def main():
    var vec = SIMD[DType.int32, 4](100, 101, 102, 103)
    print(vec.shuffle[3, 2, 1, 0](), vec.shuffle[0, 0, 1, 1]())
    print(vec.shuffle[0, 2, 4, 6](vec + 10), vec.shuffle[7, 5, 3, 1](vec * 2))
    print(vec._shuffle_variadic[7, 6, 5, 4, 3, 2, 1, 0, output_size=8](vec))
    print(SIMD[DType.float64, 2](1.5, 2.5).shuffle[1, 0]())
    print(pack_size[1, 2, 3](), middle[10, 20, 30, 40, 50]())
