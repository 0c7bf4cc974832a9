# for a, b in a list of pairs: each tuple unpacked into fresh variables (also in a comprehension).


def main():
    var pairs = [(1, "one"), (2, "two")]
    for n, name in pairs:
        print(n, name)
    var total = 0
    for a, b in [(1, 2), (3, 4)]:
        total += a * b
    print(total, [a + b for a, b in [(1, 2), (3, 4)]])
