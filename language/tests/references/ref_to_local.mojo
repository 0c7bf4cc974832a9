@fieldwise_init
struct Holder(Copyable, Movable):
    var value: Int

    fn get(ref self) -> ref [self] Int:
        return self.value

    fn bad(self) -> ref [self] Int:
        var local = 5
        return local


def main():
    var h = Holder(1)
    print(h.get())
