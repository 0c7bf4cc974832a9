# A struct parameterized by an origin: origins only matter to Mojo's compile-time lifetime
# checks, so ObservableDel(p), ObservableDel[__origin_of(x)](p) and the bare name ObservableDel
# are the same type. Its conformance is written as a composition (Copyable & Movable).


@fieldwise_init
struct ObservableDel[origin: MutableOrigin = MutableAnyOrigin](Copyable & Movable):
    var target: UnsafePointer[Bool, origin=origin]

    fn __del__(owned self):
        self.target.init_pointee_move(True)


fn keep(var o: ObservableDel) -> ObservableDel:
    return o^


def main():
    var deleted = False
    var a = ObservableDel(UnsafePointer(to=deleted))
    print(deleted)
    _ = a^
    print(deleted)
    var again = False
    var b = keep(ObservableDel[__origin_of(again)](UnsafePointer(to=again)))
    print(again)
    _ = b^
    print(again)
