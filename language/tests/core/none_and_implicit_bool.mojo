# NoneType() is None, a variable may hold None (and is false); a struct with __as_bool__
# (ImplicitlyBoolable) converts to Bool where a Bool is expected.


@fieldwise_init
struct AlwaysTrue(Copyable, Movable):
    fn __bool__(self) -> Bool:
        return True

    fn __as_bool__(self) -> Bool:
        return self.__bool__()


fn takes_bool(b: Bool) -> String:
    return "yes" if b else "no"


def main():
    var nothing = None
    var n = NoneType()
    print(Bool(nothing), Bool(None), n, repr(n), n.__str__())
    print(takes_bool(AlwaysTrue()), Bool(AlwaysTrue()))
