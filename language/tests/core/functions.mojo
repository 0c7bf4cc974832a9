fn fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


fn greet(name: String, greeting: String = "Hello", punctuation: String = "!") -> String:
    return greeting + ", " + name + punctuation


fn add(mut x: Int, read y: Int):
    x += y


fn converge(var value: Float64, tolerance: Float64 = 0.01) -> Float64:
    while abs(value - 1) >= tolerance:
        value = (value + 1) / 2.0
    return value


def implicit_scope():
    num = 1
    if num == 1:
        num = 2
        var local = 10
        print(num, local)
    print(num)


fn shadow():
    var b = 1
    if b == 1:
        var b = "shadowing with another type"
        print(b)
    print("b =", b)


fn late_init(flag: Bool) -> Int:
    var x: Int
    if flag:
        x = 1
    else:
        x = 2
    return x


fn is_even(n: Int) -> Bool:
    if n == 0:
        return True
    return is_odd(n - 1)


fn is_odd(n: Int) -> Bool:
    if n == 0:
        return False
    return is_even(n - 1)


fn nothing():
    return


def main():
    print(fib(20))
    print(greet("Mojo"))
    print(greet("Mojo", "Hi"))
    print(greet("Mojo", punctuation="?"))
    print(greet(punctuation=".", name="you", greeting="Bye"))
    var a = 1
    var b = 2
    add(a, b)
    add(a, 10)
    print(a, b)
    print(converge(100.0, tolerance=0.5))
    implicit_scope()
    shadow()
    print(late_init(True), late_init(False))
    print(is_even(10), is_odd(7), is_even(3))
    nothing()
