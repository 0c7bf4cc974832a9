# collections.BitSet[size]: a struct with a compile-time value parameter.
from collections import BitSet

alias SMALL = 3


def main():
    var bs = BitSet[128]()
    print(len(bs), Bool(bs))
    bs.set(0)
    bs.set(63)
    bs.set(64)
    bs.toggle(100)
    bs.toggle(0)
    bs.clear(63)
    print(len(bs), bs.test(64), bs.test(63), String(bs))
    var other = BitSet[128]()
    other.set(64)
    other.set(5)
    print(String(bs.union(other)), String(bs.intersection(other)), String(bs.difference(other)))
    var small = BitSet[SMALL]()
    small.toggle_all()
    print(len(small), String(small))
    small.clear_all()
    small.set(1)
    print(small.__repr__(), len(small))
    var full = BitSet[70]()
    full.set_all()
    print(len(full))
