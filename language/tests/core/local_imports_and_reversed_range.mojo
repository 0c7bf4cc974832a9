# Imports of standard-library modules inside a function (local to its block), and reversed(range(...)) loops.
def main():
    from math import sqrt
    import math as m
    from sys import size_of
    print(sqrt(16.0), m.floor(2.5), size_of[Int]())
    if True:
        from collections import Dict
        var d = Dict[String, Int]()
        print(len(d))
    for i in reversed(range(5)):
        print(i, end=" ")
    print()
    for i in reversed(range(1, 10, 3)):
        print(i, end=" ")
    print()
    for i in reversed(range(10, 0, -4)):
        print(i, end=" ")
    print()
    for i in reversed(range(3, 3)):
        print(i)
    for i in reversed(range(0, 7, 2)):
        if i == 2:
            break
        print(i, end=" ")
    print("done")
    for ch in reversed("abc"):
        print(ch, end="")
    print()
