# Int converts implicitly from UInt (Int has an @implicit constructor from UInt).


fn takes_int(n: Int) -> Int:
    return n * 2

def main():
    var u = UInt(21)
    print(takes_int(u), "ab" * UInt(2))
    var i: Int = u
    print(i)
