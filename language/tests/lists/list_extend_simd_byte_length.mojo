# List.extend with a SIMD vector (all lanes or the first count), byte_length, and the
# hint_trivial_type parameter of List (accepted; nothing changes).
from sys import sizeof


def main():
    var items = List[UInt32](1, 2)
    items.extend(SIMD[DType.uint32, 4](7, 8, 9, 10))
    items.extend(SIMD[DType.uint32, 4](5, 6, 0, 0), count=2)
    print(items, items.byte_length() == len(items) * sizeof[UInt32]())
    var trivial = List[Int, hint_trivial_type=True]()
    trivial.append(4)
    print(trivial)
