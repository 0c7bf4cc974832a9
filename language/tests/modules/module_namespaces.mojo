import math
from math import sqrt


def main():
    print(math.sqrt(16.0), math.pi > 3, sqrt(4.0), math.floor(2.5))
    print(Int.MAX, Int.MIN, UInt.MAX, Int8.MAX, UInt8.MAX, Int32.MIN)
    print(pow(2, 10), pow(2.0, 0.5), round(2.5), round(3.5), round(-1.25), round(7))
    print(ord("A"), chr(97), chr(0x1F525))
