# Found by the fuzzer (a deleted call): `_ = 5` kept the literal's compile-time integer, which the
# back end could not make a value of.
def main():
    _ = 5
    _ = (-1)
    _ = 2 ** 70 // 2 ** 68
    _ = 1.5
    print("done")
