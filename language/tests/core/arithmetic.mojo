fn main():
    print(7 + 3, 7 - 10, 6 * 7, 2 ** 10)
    print(7 / 2, -7 / 4, 10 / 5)
    print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
    print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
    var a = 17
    var b = 5
    print(a // b, a % b, -a // b, -a % b, a / b)
    print(a & b, a | b, a ^ b, a << 2, a >> 1, ~a, -a)
    var big = 9223372036854775807
    print(big + 1)
    print(0xFF, 0o17, 0b1010, 1_000_000)
    var x = 10
    x += 5
    x -= 3
    x *= 2
    x //= 5
    x %= 3
    print(x)
    var f = 1.5
    f += 1
    f *= 2.0
    print(f, f / 4, f // 2, f % 2.5, -f)
    print(2 ** 3 ** 2, -2 ** 2)
    var n = 3
    print(n ** 4, 2 ** n)
