# Nested integer loops with %, // and a branch.
alias N = 20000
alias M = 10000


fn main():
    var total: Int = 0
    var hits: Int = 0
    for i in range(N):
        for j in range(M):
            var x: Int = (i * j) % 1009 + i + j
            total += x % 7 + x // 13
            if x % 3 == 0:
                hits += 1
    print("loops", total, hits)
