# String(n) of an Int is written digit by digit into native memory: every sign and width, the extremes included.
fn main():
    var xs = List[Int](0, 7, -7, 10, -10, 99, 100, 123456789, -9223372036854775807 - 1, 9223372036854775807, 1000000000000000000)
    for x in xs:
        var s = String(x)
        print(s, len(s))
    var t = String()
    for i in range(12):
        t += String(i % 10)
        t += ","
    print(t)
