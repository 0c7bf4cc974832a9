# A `mut` argument's final value reaches the caller also once the callee is compiled: a hot loop
# that changes a local through a `mut` argument millions of times loses no update.

fn add(mut total: Int, n: Int):
    total += n

fn scale(mut x: Float64, mut steps: Int):
    x *= 1.0000001
    steps += 1

fn main():
    var total = 0
    for i in range(20_000_000):
        add(total, i & 7)
    print(total)
    var x = 1.0
    var steps = 0
    for _ in range(1_000_000):
        scale(x, steps)
    print(steps, x > 1.1)
