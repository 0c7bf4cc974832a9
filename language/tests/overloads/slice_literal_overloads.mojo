# A slice literal where __getitem__ has overloads: each overload's parameter type is tried, and the
# errors of the trials that do not fit are forgotten (they used to fail the program with no message).

@fieldwise_init
struct FunnySlice(Copyable, Movable):
    var start: Int
    var upper: String
    var stride: Float64

@fieldwise_init
struct BoringSlice(Copyable, Movable):
    var a: Int
    var b: Int
    var c: String

struct Sliceable:
    fn __init__(out self):
        pass

    fn __getitem__(self, a: FunnySlice) -> FunnySlice:
        return a

    fn __getitem__(self, a: BoringSlice) -> BoringSlice:
        return a


def main():
    var sliceable = Sliceable()
    var new_slice = sliceable[1:"hello":4.0]
    print(new_slice.start)
    var boring_slice = sliceable[1:2:"foo"]
    print(boring_slice.c)
