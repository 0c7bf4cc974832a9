# A call whose parameters break the function's `where` clause is rejected.


def block[w: Int]() -> Int where w > 1, "w must be more than one":
    return w


def main():
    print(block[4]())
    print(block[1]())
