# A String's buffer as Mojo 25.5 defines it: short strings are inline (INLINE_CAPACITY bytes in the
# value), a String of a literal refers to the literal's text (capacity: its length, NUL-terminated)
# until it changes, longer strings grow out of line, at least doubling.
from memory import memcpy
from sys.ffi import c_char


struct Named:
    var name: String

    fn __init__(out self, name: String):
        self.name = name


def describe(s: String) -> String:
    return String(len(s), " ", s.capacity(), " inline=", s._is_inline(), " nul=", s._has_nul_terminator())


def main():
    print("INLINE_CAPACITY", String.INLINE_CAPACITY)
    # a literal's text, then inline once it changes; an empty String is inline
    var s = "hello"
    print(describe(s), s.unsafe_ptr()[len(s)])
    s += "!"
    print(describe(s), s)
    print(describe(String()), describe(""), describe(String(capacity=10)), describe(String(capacity=100)))
    # growth: inline up to 23 bytes, then at least twice the capacity, in multiples of 8
    var g = String()
    g += "x" * 23
    print(describe(g))
    g += "y"
    print(describe(g))
    g.resize(3)
    print(describe(g), g)
    g.resize(5, ord("z"))
    print(g)
    var long = String("a" * 30)
    print(describe(long))
    # copies keep the form; numbers' text is inline
    print(describe(g.copy()), describe(s.copy()), describe(String("static").copy()), describe(String(12345)))
    # reserve only grows
    var r = "abc"
    r.reserve(2)
    print(describe(r))
    r.reserve(40)
    print(describe(r), r)

    # unsafe_cstr_ptr: a NUL after the last byte, added when the string has none
    var c: String = "ab"
    c += "c"
    var p: UnsafePointer[c_char] = c.unsafe_cstr_ptr()
    print(describe(c), p[2], p[3])
    var full = "q" * 23
    var pf = full.unsafe_cstr_ptr()
    print(describe(full), pf[23])
    var lit = "lit".unsafe_cstr_ptr()
    print(lit[0], lit[3])
    # ... also of a string in a list or a field: it changes where it lives
    var names = List[String]("one", "two")
    names[0] += "x"
    var pn = names[0].unsafe_cstr_ptr()
    print(describe(names[0]), pn[4])
    var named = Named("n")
    named.name += "m"
    var pm = named.name.unsafe_cstr_ptr()
    named.name.resize(40, ord("-"))
    print(describe(named.name))

    # unsafe_uninit_length and memcpy: the caller writes the bytes
    var u = String(unsafe_uninit_length=4)
    memcpy(u.unsafe_ptr_mut(), "wxyz".unsafe_ptr(), 4)
    var v = String()
    v.resize(unsafe_uninit_length=2)
    memcpy(dest=v.unsafe_ptr_mut(), src=u.unsafe_ptr() + 1, count=2)
    print(describe(u), u, v)
    var words = List[Int](1, 2, 3)
    var copied = List[Int](0, 0, 0)
    memcpy(copied.unsafe_ptr(), words.unsafe_ptr(), 3)
    print(copied[0], copied[1], copied[2])
