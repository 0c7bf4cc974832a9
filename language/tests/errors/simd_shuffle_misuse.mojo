# A shuffle mask has one index per lane; a pack is indexed by a compile-time integer in range.


fn first_of[*values: Int]() -> Int:
    return values[3]


def main():
    var vec = SIMD[DType.int32, 4](1, 2, 3, 4)
    print(vec.shuffle[0, 1]())
    print(first_of[1, 2]())
