fn main():
    var u: UInt = 5
    var v: UInt = 7
    print(u - v, u + v, v // u, v % u, u * v)
    print(UInt(3) < UInt(4), u - v > v)
    var i = -9223372036854775807 - 1
    print(i - 1, i * -1, abs(i))
    print(Int(UInt(18446744073709551615)))
