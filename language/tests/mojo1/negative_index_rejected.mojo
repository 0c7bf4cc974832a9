# Mojo 1.x removed negative indexing: a negative constant index is a compile-time error.
from std.collections import List


def main():
    var xs: List[Int] = [1, 2, 3]
    print(xs[-1])
