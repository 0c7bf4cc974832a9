fn fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

fn main():
    var total = 0
    for i in range(15):
        total += fib(i)
    if total != 986:
        print("wrong:", total)
