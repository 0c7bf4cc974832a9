# Found by the fuzzer (a flipped bit in a trait's name): `Some[...]` of a name that is no trait crashed
# the compiler where the compile-time argument was checked.
def total[x: Some[Intable & ImplicitlyDenetable]]() -> Int:
    return Int(x)


def main():
    print(total[7]())
