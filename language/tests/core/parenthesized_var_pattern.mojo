# `(var x) = e` and `(var a, var b) = pair` declare new variables from a pattern.
def main():
    (var pair_first, var pair_second) = (1, "x")
    print(pair_first, pair_second)
    (var sums) = [a + b for a, b in [(1, 2), (3, 4)]]
    print(len(sums), sums[0], sums[1])
    sums.append(10)
    print(len(sums))
