# String methods are declared in the library (std/builtin/string.mojo): keyword arguments, overloads
# and literal receivers work as for any method.
def main():
    var s = String("  Hello, World  ")
    print(s.strip().lower(), "|", "a-b-c".split(sep="-").__len__(), "|", " x ".strip(), "|", "abc".upper())
    print(s.find("World"), s.count("l"), String("x").join(["a", "b"]), len(s), s.byte_length(), s.__str__())
    print(s.strip(chars=" H"), s.replace(old="l", new="L"))
    print("é".codepoint_slices().__len__(), "12".isdigit(), "a,b".split(",")[1], "abc".startswith("ab"), "abc".endswith(suffix="bc"))
    print("hello world".find("o", 5), "hello world".rfind("l", 5), "hello".find("l", -2), "hello".rfind("h", 1))
