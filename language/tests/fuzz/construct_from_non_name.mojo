# Found by the fuzzer (a replaced token): a struct-valued compile-time argument written `3[]()` crashed
# the compiler, which took what is called for a struct's name.
struct Foo[z: Int]:
    pass


struct Holder[f: Foo[3]]:
    pass


def main():
    h = Holder[f=3[]()]()
