# More of List's API: capacity (growth doubles, from 1; literals and List(capacity=n) are exact; a
# copy keeps the capacity), reserve, resize, count, ==/!=, repetition, truthiness, reversed
# iteration, and unsafe_ptr (a pointer into the buffer keeps the list alive).
def main():
    var grow = List[Int]()
    var seen = List[Int]()
    for i in range(9):
        grow.append(i)
        seen.append(grow.capacity)
    print(seen)
    var lit = [1, 2, 3]
    print(lit.capacity, List[String](capacity=5).capacity)
    lit.reserve(10)
    var copy = lit.copy()
    print(lit.capacity, copy.capacity, len(copy))

    var words = ["a"]
    words.resize(3, "z")
    print(words, len(words))
    words.resize(1, "")
    print(words, words.count("a"), [1, 2, 2, 3, 2].count(2))

    print(lit == [1, 2, 3], lit != [1, 2, 3], [1.5] == [1.5], ["x", "y"] == ["x"], ["x"] != ["y"])
    var twice = [1, 2] * 2
    twice *= 2
    print(twice, len(["q"] * 0))

    var empty = List[String]()
    if not empty:
        print("empty is falsy")
    empty.append("now")
    if empty:
        print("non-empty is truthy")

    for w in reversed(["first", "second", "third"]):
        print(w, end=" ")
    print()
    var nums = [10, 20, 30]
    for ref n in reversed(nums):
        n += 1
    print(nums)

    var p = nums.unsafe_ptr()
    p[0] = 7
    print(p[1], nums[0])
    var owner = [8, 9]
    var q = owner.unsafe_ptr()
    print(q[1])
