# iter(list) gives an iterator over the elements; nth(n) skips n of them and returns the next one
# (None past the end); itertools.count is an endless iterator. A mutating method may be called on
# a temporary, as `iter(l).nth(2)` does.

from itertools import count

def main():
    var l = [10, 20, 30, 40]
    print(iter(l).nth(0).value(), iter(l).nth(3).value(), Bool(iter(l).nth(4)))
    var it = iter(l)
    print(it.nth(1).value(), it.nth(0).value(), Bool(it.nth(5)))
    var words = [String("a"), String("b"), String("c")]
    print(iter(words).nth(1).value())
    for w in iter(words):
        print(w, end=" ")
    print()
    print(count(start=10, step=2).nth(5).value())
    var c = count()
    print(c.__next__(), c.__next__(), c.nth(2).value())
    print(len(l))
