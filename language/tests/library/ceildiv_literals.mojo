# ceildiv of two IntLiterals is an IntLiteral computed at compile time (usable in an alias of
# literal type, exact beyond 64 bits); other overloads still run at run time.
from math import ceildiv


def main():
    alias a: __type_of(1) = ceildiv(1, 7)
    alias b: __type_of(-78) = ceildiv(548, -7)
    print(a, b)
    print(ceildiv(100000000000000000000000000000, 3) - 33333333333333333333333333333)
    var n = 55
    print(ceildiv(n, 8), ceildiv(-n, 8), ceildiv(UInt(546), UInt(7)), ceildiv(Float32(5), 2))
