# String is a Writer: write() formats its arguments and appends them in place.
@fieldwise_init
struct Pair(Writable):
    var a: Int
    var b: Int

    fn write_to[W: Writer](self, mut writer: W):
        writer.write("<", self.a, ",", self.b, ">")


def main():
    var text = String()
    for i in range(3):
        text.write(i, ";", 1.5, " ")
    text.write(True, Pair(1, 2))
    print(text)
    print(len(text))
