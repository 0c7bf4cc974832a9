# Int is ImplicitlyBoolable: an Int converts to Bool (true when not zero) where a Bool is
# expected, also as a compile-time argument (a `@parameter for` index passed as a Bool parameter).


fn takes_bool(b: Bool) -> String:
    return "yes" if b else "no"


fn describe[flag: Bool]() -> String:
    return "flag on" if flag else "flag off"


def main():
    var zero = 0
    var seven = 7
    print(takes_bool(zero), takes_bool(seven), takes_bool(-seven))

    @parameter
    for b in range(2):
        print(describe[b](), Int16(258).as_bytes[big_endian=b]()[0])
