# Loops long enough to move to compiled code while they run (on-stack replacement): what the
# loop wrote must be seen after it, whichever way it ended (condition, break, return, raise),
# and its else clause must run only when no break ended it.


fn first_multiple_over(limit: Int, factor: Int) -> Int:
    var i = 0
    while True:
        i += 1
        if i * factor > limit:
            return i  # a return from inside a long loop


fn count_until_break(n: Int) -> Int:
    var seen = 0
    for i in range(n):
        if i == n - 3:
            break
        seen += 1
    else:
        seen = -1  # not reached: a break ended the loop
    return seen


fn raises_late(n: Int) raises -> Int:
    var total = 0
    for i in range(n):
        total += i % 7
        if i == n - 1:
            raise Error("stopped at " + String(i) + " with total " + String(total))
    return total


fn main() raises:
    # nested loops: the outer one has few iterations, the inner ones hold the work
    var total = 0
    var hits = 0
    var last = 0
    for i in range(30):
        for j in range(20000):
            var x = (i * j) % 1009 + i + j
            total += x % 7
            if x % 3 == 0:
                hits += 1
                last = x
    print("nested:", total, hits, last)

    # a while loop whose variables are all changed inside, then read after it
    var a = 0
    var b = 1
    var steps = 0
    var ratio = 0.0
    while steps < 300000:
        var c = (a + b) % 1000003
        a = b
        b = c
        ratio = Float64(a) / Float64(b + 1)
        steps += 1
    print("while:", a, b, steps, ratio > 0.0)

    # a loop with else that ends normally, and one ended by break
    var evens = 0
    for k in range(250000):
        if k % 2 == 1:
            continue
        evens += 1
    else:
        print("else ran after", evens, "evens")
    print("break:", count_until_break(400000))
    print("return:", first_multiple_over(2000000, 7))

    # a list grown and read inside long loops
    var flags = List[Bool]()
    for _ in range(200001):
        flags.append(True)
    var p = 2
    while p * p <= 200000:
        if flags[p]:
            var q = p * p
            while q <= 200000:
                flags[q] = False
                q += p
        p += 1
    var primes = 0
    for n in range(2, 200001):
        if flags[n]:
            primes += 1
    print("primes below 200001:", primes)

    # a String built in a long loop
    var s = String()
    for i in range(120000):
        if i % 10000 == 0:
            s += String(i // 10000)
    print("string:", s)

    # an error raised from a long loop reaches the caller with the loop's values
    try:
        _ = raises_late(300000)
    except e:
        print("raised:", e)
