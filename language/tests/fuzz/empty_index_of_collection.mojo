# Found by the fuzzer: `a[]` (no index) of a collection crashed the compiler when assigned to.
def main():
    var a = InlineArray[Int, 3](1, 2, 3)
    a[] += 10
    var l = [1, 2]
    l[] = 3
    print(l[])
    var d = {"k": 1}
    d[] = 2
    d["k", "j"] -= 1
