# abs, round, ord, chr, atol and atof are declared in the library's prelude (std/builtin.mojo):
# overloads by argument type, keyword arguments, and 'raises' from the declaration.


fn half(x: Int) -> Int:
    return x // 2


def main():
    print(abs(-3), abs(-2.5), abs(UInt(3)), abs(x=half(-9)))
    print(round(2.5), round(-2.5), round(7), round(x=0.49))
    print(ord("A"), ord(s="é"), chr(65), chr(c=9731), chr(ord("z")))
    print(atol("42") + 1, atof("2.5") * 2, atol(s="-7"))
    try:
        print(atol("4x2"))
    except e:
        print("caught:", e)
