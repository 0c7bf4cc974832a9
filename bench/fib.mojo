# Naive doubly recursive Fibonacci: call overhead, Int compare and add.
alias N = 38


fn fib(n: Int) -> Int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


fn main():
    print("fib", fib(N))
