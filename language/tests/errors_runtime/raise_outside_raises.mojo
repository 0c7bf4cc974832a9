fn check(n: Int) raises -> Int:
    if n < 0:
        raise "negative"
    return n


fn main():
    print(check(1))
