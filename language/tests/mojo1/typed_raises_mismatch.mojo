# A function with a typed `raises E` may raise only an E.


@fieldwise_init
struct MyError(Copyable, Writable):
    var code: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("code ", self.code)


def untyped() raises -> Int:
    raise Error("plain")


def typed() raises MyError -> Int:
    return untyped()


def quiet() raises Never -> Int:
    return untyped()


def main():
    try:
        _ = typed()
    except e:
        print(e)
