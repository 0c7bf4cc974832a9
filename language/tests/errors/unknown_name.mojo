fn main():
    var a: Int = 1
    if True:
        var b: Int = 100
        print("b =", b)
    print("a =", a)
    print("b =", b)
