struct Meters(Copyable, Movable):
    var value: Float64

    @implicit
    fn __init__(out self, value: Float64):
        self.value = value

    @implicit
    fn __init__(out self, value: Int):
        self.value = Float64(value)


fn show(m: Meters):
    print(m.value, "m")


def main():
    var a: Meters = 2.5
    show(a)
    show(7)
    show(Meters(1))
