# A String or StringSlice of the NUL-terminated text at a C string pointer (UnsafePointer[c_char]).
from sys.ffi import c_char


def main():
    var c = String("AB")
    c += "CD"
    var p: UnsafePointer[c_char] = c.unsafe_cstr_ptr()
    var d = StringSlice[__origin_of(c)](unsafe_from_utf8_ptr=p)
    var e = String(unsafe_from_utf8_ptr=p + 2)
    print(d, len(d), e, len(e), String(unsafe_from_utf8_ptr="lit".unsafe_cstr_ptr()))
