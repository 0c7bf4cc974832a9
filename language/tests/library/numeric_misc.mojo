# Int._decimal_digit_count() and List[T](unsafe_uninit_length=n), filled by math.iota.
from math import iota


def main():
    print(Int(0)._decimal_digit_count(), Int(-999)._decimal_digit_count(), Int(1000)._decimal_digit_count())
    print(Int.MAX._decimal_digit_count(), Int.MIN._decimal_digit_count())
    var v = List[Int32](unsafe_uninit_length=4)
    print(len(v))
    iota(v, 5)
    print(v[0], v[3])
