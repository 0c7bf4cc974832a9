# collections.Counter (std/collections/counter.mojo): counting, lookups, multiset arithmetic
# and comparisons, iteration and the list-producing views.
from collections import Counter


fn show(label: String, c: Counter[String]):
    var line = label + ":"
    for entry in c.items():
        line += " " + entry[0] + "=" + String(entry[1])
    print(line)


def main():
    var letters = Counter[String](List[String]("a", "b", "a", "c", "a", "b"))
    show("letters", letters)
    print(letters["a"], letters["z"], "a" in letters, "z" in letters, len(letters), letters.total())
    var numbers = Counter[Int](1, 2, 2, 3, 3, 3)
    print(numbers[3], len(numbers), Bool(numbers), Bool(Counter[Int]()))

    letters["d"] = -2
    show("with d", letters)
    show("+letters", +letters)
    show("-letters", -letters)

    var other = Counter[String].fromkeys(List[String]("a", "c", "e"), 2)
    show("other", other)
    show("sum", letters + other)
    show("difference", letters - other)
    show("and", letters & other)
    show("or", letters | other)
    other += letters
    show("other += letters", other)
    other.subtract(letters)
    show("subtracted", other)

    var small = Counter[String]("a", "b")
    var big = Counter[String]("a", "a", "b", "c")
    print(small <= big, small < big, big >= small, big > small, small == big, small != big)
    var same = small.copy()
    same["z"] = 0
    print(same == small, same <= small)

    print(String(", ").join(letters.elements()))
    for entry in big.most_common(2):
        print(entry[0][String], entry[1][Int])
    var keys = String()
    for key in big:
        keys += key
    print(keys, String(",").join(big.keys()), len(big.values()))

    print(big.get("a").value(), Bool(big.get("q")), big.get("q", 7), big.pop("c"), big.pop("q", -1))
    var last = big.popitem()
    print(last[0][String], last[1][Int], len(big))
    big.update(small)
    show("updated", big)
    big.clear()
    print(len(big), Bool(big))
    try:
        _ = big.popitem()
    except e:
        print("empty:", e)
    var ints = Counter[Int](7, 7, 9)
    var top = ints.most_common(1)[0]
    print(top[0][Int], top[1][Int])
