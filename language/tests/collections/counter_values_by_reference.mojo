# `for ref v in counter.values()` changes the counts where the counter holds them.
from collections import Counter


def main():
    var c = Counter[String]("a", "b", "a")
    for ref v in c.values():
        v += 10
    print(c["a"], c["b"])
    for v in c.values():
        print(v)
    print(c.total())
