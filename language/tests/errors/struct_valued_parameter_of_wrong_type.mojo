@fieldwise_init
struct Foo[z: Int]:
    pass


@fieldwise_init
struct Holder[f: Foo[3]]:
    pass


def main():
    var h = Holder[f=Foo[4]()]()
