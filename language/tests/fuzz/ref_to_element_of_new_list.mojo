# Found by the fuzzer: `ref r = f()[i]` (an element of a list a call makes) called f again at each
# use of r, after what f read had been destroyed; the new list is now held as long as r is used.
from collections import Counter


def squares(n: Int) -> List[Int]:
    print("squares", n)
    var l = List[Int]()
    for i in range(n):
        l.append(i * i)
    return l^


def main():
    var counts = Counter[String]("a", "b", "a")
    ref top = counts.most_common(1)[0]
    print(top._value, top._count)
    ref third = squares(4)[2]
    third += 1
    print(third, third)
