# A static method of a parametric struct called through the bare struct name infers the struct's
# parameters from its arguments, as a constructor does; a 16-bit float prints as the exact value it holds.


struct One[Type: Writable & Copyable & ImplicitlyDeletable]:
    var value: Self.Type

    def __init__(out self, value: Self.Type):
        self.value = value.copy()


struct Two[Type: Writable & Copyable & ImplicitlyDeletable]:
    @staticmethod
    def fire(first: One[Self.Type], second: One[Self.Type]):
        print("fire", String(first.value), String(second.value))


def main():
    Two.fire(One(1), One(2))
    Two.fire(One("a"), One("b"))
    print(Float16(0.1), Float32(0.1), Scalar[DType.float16](42))
