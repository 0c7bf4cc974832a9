# Mojo 1.x reaches a struct's compile-time parameters through Self: `Self.n`, `Self.dtype`, in the
# methods and in a `where` clause of a method.


@fieldwise_init
struct Buf[n: Int, dtype: DType]:
    var value: Int

    def size(self) -> Int:
        return Self.n * self.value

    def kind(self) -> String:
        return String(Self.dtype)

    def first(self) -> Int where Self.n > 0:
        return self.value


def main():
    var b = Buf[3, DType.float32](2)
    print(b.size(), b.kind(), b.first())
