# Found by the fuzzer: `v[String]` of a struct with no __getitem__ crashed the compiler while it
# explained the mismatch.
@fieldwise_init
struct Either(Copyable, Movable):
    var text: String
    var number: Int


def main():
    var e = Either("seven", 7)
    print(e[String])
