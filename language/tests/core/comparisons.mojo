fn main():
    var x = 5
    print(1 < x < 10, 1 < x < 3, 5 == x == 5)
    print(x != 4, x >= 5, x <= 4, 3.5 < x, x > 4.9)
    print(not x > 3, x > 3 and x < 4, x > 3 or x < 4)
    print("abc" < "abd", "b" > "abc", "x" == "x", "a" != "a")
    print("ell" in "hello", "z" in "hello", "z" not in "hello")
    print(True == False, True != False)
    var calls = 0
    if x > 100 and x / 0 > 1:
        print("unreachable")
    print("short-circuit ok")
