# splitlines, StringSlice[...] as a type, unsafe_ptr / unsafe_ptr_mut, and the codepoint_slices
# and __reversed__ iterators of Strings.


fn first_line(text: StringSlice[mut=False]) -> String:
    var lines = text.splitlines()
    return lines[0] if len(lines) > 0 else String()


def main():
    # splitlines: every line break, kept with keepends
    var text = "one\ntwo\r\nthree\rfour\x1cfive\u2028six\n"
    print(len(text.splitlines()), "|".join(text.splitlines()))
    print(repr("|".join(text.splitlines(keepends=True))))
    print(len(String().splitlines()), first_line("head\ntail"))

    # a string view's parameters are origins: StringSlice[...] is a string here
    alias S = StringSlice[StaticConstantOrigin]
    var s: S = "static"
    var v = StringSlice[__origin_of(s)](ptr=s.unsafe_ptr() + 1, length=3)
    print(s, v, String(unsafe_from_utf8_ptr=s.unsafe_ptr() + 2))  # (a literal ends with a NUL byte)

    # unsafe_ptr reads the bytes; unsafe_ptr_mut changes them in place (a copy of a literal's)
    var word = "find"
    var copy = String(word)
    copy.unsafe_ptr_mut()[3] = ord("e")
    print(word, copy, word.unsafe_ptr()[0])

    # codepoint_slices and __reversed__: iterators of one-character Strings
    var it = "mojo🔥".codepoint_slices()
    print(len(it), it.__next__(), len(it))
    var backwards = String()
    for c in "añ🔥".__reversed__():
        backwards += c
    print(backwards)
