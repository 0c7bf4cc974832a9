trait HasSize:
    alias size: Int

    fn describe(self) -> String:
        ...


@fieldwise_init
struct Small(Copyable, Movable, HasSize):
    alias size = 2

    fn describe(self) -> String:
        return "small"


fn show[T: HasSize](x: T):
    print(x.describe(), T.size)


def main():
    show(Small())
