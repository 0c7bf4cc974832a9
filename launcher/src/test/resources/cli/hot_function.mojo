# Hot enough for the Graal JIT to compile fib within about a second (test.sh checks it does).
fn fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


fn main():
    var total = 0
    for _ in range(15):
        total += fib(25)
    print(total)
