# Methods of the built-in String, declared as functions whose first parameter is `self: String`.
# A StringLiteral receiver or argument converts to String. `format` and `write` are checked by the
# compiler itself (their arguments are any printable values).

from collections.string.codepoint import CodepointSliceIter, CodepointsIter
from sys.ffi import c_char
from os import abort


@primitive("STR_LEN")
fn byte_length(self: String) -> Int:
    """The length of the string in bytes (UTF-8)."""
    ...


@primitive("STR_LEN")
fn __len__(self: String) -> Int:
    ...


@intrinsic("string.str")
fn __str__(self: String) -> String:
    ...


@intrinsic("string.find")
fn find(self: String, substr: String, start: Int = 0) -> Int:
    """The byte offset of the first occurrence of substr at or after start, or -1."""
    ...


@intrinsic("string.rfind")
fn rfind(self: String, substr: String, start: Int = 0) -> Int:
    """The byte offset of the last occurrence of substr at or after start, or -1."""
    ...


@intrinsic("string.count")
fn count(self: String, substr: String) -> Int:
    """The number of non-overlapping occurrences of substr."""
    ...


@intrinsic("string.startswith")
fn _startswith(self: String, prefix: String) -> Bool:
    ...


@intrinsic("string.endswith")
fn _endswith(self: String, suffix: String) -> Bool:
    ...


@intrinsic("string.isdigit")
fn isdigit(self: String) -> Bool:
    """Whether the string is not empty and all its characters are ASCII digits."""
    ...


@intrinsic("string.strip")
fn strip(self: String) -> String:
    """The string without leading and trailing whitespace."""
    ...


@intrinsic("string.strip")
fn strip(self: String, chars: String) -> String:
    """The string without leading and trailing characters that are in chars."""
    ...


@intrinsic("string.lstrip")
fn lstrip(self: String) -> String:
    ...


@intrinsic("string.lstrip")
fn lstrip(self: String, chars: String) -> String:
    ...


@intrinsic("string.rstrip")
fn rstrip(self: String) -> String:
    ...


@intrinsic("string.rstrip")
fn rstrip(self: String, chars: String) -> String:
    ...


@intrinsic("string.upper")
fn upper(self: String) -> String:
    ...


@intrinsic("string.lower")
fn lower(self: String) -> String:
    ...


@intrinsic("string.replace")
fn replace(self: String, old: String, new: String) -> String:
    """A copy with every occurrence of old replaced by new."""
    ...


@intrinsic("string.join")
fn join(self: String, elems: List[String]) -> String:
    """The elements, with this string between each two."""
    ...


fn join[T: Writable](self: String, elems: List[T]) -> String:
    """The elements' text, with this string between each two."""
    var result = String()
    for i in range(len(elems)):
        if i > 0:
            result += self
        result += String(elems[i])
    return result


@intrinsic("string.split")
fn split(self: String, maxsplit: Int = -1) -> List[String]:
    """The words of the string, split at runs of whitespace (at most maxsplit times, if not negative)."""
    ...


@intrinsic("string.split")
fn split(self: String, sep: String, maxsplit: Int = -1) -> List[String]:
    """The parts of the string between occurrences of sep (at most maxsplit splits, if not negative)."""
    ...


fn _line_break_length(self: String, i: Int) -> Int:
    """The length in bytes of the line break at byte offset i, 0 if none is there: \\n, \\r, \\r\\n,
    \\v, \\f, the separators \\x1c-\\x1e, NEL and the Unicode line and paragraph separators."""
    var b = _byte_at(self, i)
    var n = len(self)
    if b == 13:
        return 2 if i + 1 < n and _byte_at(self, i + 1) == 10 else 1
    if (b >= 10 and b <= 12) or (b >= 0x1C and b <= 0x1E):
        return 1
    if b == 0xC2 and i + 1 < n and _byte_at(self, i + 1) == 0x85:
        return 2
    if b == 0xE2 and i + 2 < n and _byte_at(self, i + 1) == 0x80 and (_byte_at(self, i + 2) == 0xA8 or _byte_at(self, i + 2) == 0xA9):
        return 3
    return 0


fn splitlines(self: String, keepends: Bool = False) -> List[String]:
    """The lines of the string, without their line breaks unless keepends (no empty last line)."""
    var lines = List[String]()
    var start = 0
    var i = 0
    while i < len(self):
        var eol = _line_break_length(self, i)
        if eol == 0:
            i += 1
            continue
        lines.append(self[start : i + eol] if keepends else self[start:i])
        i += eol
        start = i
    if start < len(self):
        lines.append(self[start:])
    return lines^


@intrinsic("string.codepoint_slices")
fn _codepoint_slice_list(self: String) -> List[String]:
    """Each character (Unicode code point) of the string, as a String."""
    ...


@intrinsic("string.grapheme_slices")
fn graphemes(self: String) -> List[String]:
    """Each user-perceived character (extended grapheme cluster) of the string, as a String."""
    ...


fn codepoint_slices(self: String) -> CodepointSliceIter:
    """An iterator over the characters (Unicode code points) of the string, as Strings."""
    return CodepointSliceIter(self)


fn __reversed__(self: String) -> CodepointSliceIter:
    """An iterator over the characters of the string, last first."""
    return CodepointSliceIter(self, forward=False)


fn codepoints(self: String) -> CodepointsIter:
    """An iterator over the characters (Unicode code points) of the string, as Codepoints."""
    return CodepointsIter(self)


@intrinsic("string.copy")
fn copy(self: String) -> String:
    """A copy of the string, in the same form (inline, static or out of line)."""
    ...


@intrinsic("string.repr")
fn __repr__(self: String) -> String:
    """The string quoted as a literal, with escapes."""
    ...


# Operators, as `String.__lt__(a, b)` and `"a".__add__("b")` call them (the operators themselves
# compile to the same primitives directly).


@primitive("STR_ADD")
fn __add__(self: String, rhs: String) -> String:
    ...


@primitive("STR_MUL")
fn __mul__(self: String, n: Int) -> String:
    ...


@primitive("STR_EQ")
fn __eq__(self: String, rhs: String) -> Bool:
    ...


@primitive("STR_NE")
fn __ne__(self: String, rhs: String) -> Bool:
    ...


@primitive("STR_LT")
fn __lt__(self: String, rhs: String) -> Bool:
    ...


@primitive("STR_LE")
fn __le__(self: String, rhs: String) -> Bool:
    ...


@primitive("STR_GT")
fn __gt__(self: String, rhs: String) -> Bool:
    ...


@primitive("STR_GE")
fn __ge__(self: String, rhs: String) -> Bool:
    ...


@primitive("STR_TO_BOOL")
fn __bool__(self: String) -> Bool:
    ...


@primitive("STR_TO_INT")
fn __int__(self: String) raises -> Int:
    ...


@primitive("STR_TO_FLOAT")
fn __float__(self: String) raises -> Float64:
    ...


@primitive("STR_INDEX")
fn __getitem__(self: String, idx: Int) -> String:
    ...


fn __contains__(self: String, substr: String) -> Bool:
    """Whether substr occurs in the string."""
    return substr in self


# Methods with Mojo bodies.


fn _sub(self: String, start: Int, end: Int) -> String:
    """The bytes from start up to end, where a negative end counts from the end (-1: the end)."""
    if end == -1:
        return self[start:]
    return self[start:end]


fn startswith(self: String, prefix: String, start: Int = 0, end: Int = -1) -> Bool:
    """Whether self[start:end] starts with prefix."""
    if start == 0 and end == -1:
        return _startswith(self, prefix)
    return _startswith(_sub(self, start, end), prefix)


fn endswith(self: String, suffix: String, start: Int = 0, end: Int = -1) -> Bool:
    """Whether self[start:end] ends with suffix."""
    if start == 0 and end == -1:
        return _endswith(self, suffix)
    return _endswith(_sub(self, start, end), suffix)


fn removeprefix(self: String, prefix: String) -> String:
    """The string without prefix at its start (unchanged when it does not start with it)."""
    if self.startswith(prefix):
        return self[len(prefix):]
    return self


fn removesuffix(self: String, suffix: String) -> String:
    """The string without suffix at its end (unchanged when it does not end with it)."""
    if len(suffix) > 0 and self.endswith(suffix):
        return self[: len(self) - len(suffix)]
    return self


fn ljust(self: String, width: Int, fillchar: String = " ") -> String:
    """The string padded on the right with fillchar to width bytes."""
    var pad = width - len(self)
    if pad <= 0:
        return self
    return self + fillchar * pad


fn rjust(self: String, width: Int, fillchar: String = " ") -> String:
    """The string padded on the left with fillchar to width bytes."""
    var pad = width - len(self)
    if pad <= 0:
        return self
    return fillchar * pad + self


fn center(self: String, width: Int, fillchar: String = " ") -> String:
    """The string padded on both sides with fillchar to width bytes (the extra one on the right)."""
    var pad = width - len(self)
    if pad <= 0:
        return self
    var left = pad // 2
    return fillchar * left + self + fillchar * (pad - left)


fn _is_ascii_space(c: String) -> Bool:
    return c == " " or c == "\t" or c == "\n" or c == "\r" or c == "\v" or c == "\f" or c == "\x1c" or c == "\x1d" or c == "\x1e"


fn isspace(self: String) -> Bool:
    """Whether the string is not empty and every character is whitespace (ASCII or Unicode separators)."""
    if len(self) == 0:
        return False
    for c in _codepoint_slice_list(self):
        if not (_is_ascii_space(c) or c == "\u0085" or c == "\u2028" or c == "\u2029"):
            return False
    return True


@intrinsic("string.islower")
fn islower(self: String) -> Bool:
    """Whether the string has a cased character and all its cased characters are lowercase."""
    ...


@intrinsic("string.isupper")
fn isupper(self: String) -> Bool:
    """Whether the string has a cased character and all its cased characters are uppercase."""
    ...



fn as_string_slice(self: String) -> String:
    """The text as a StringSlice (here the same text)."""
    return self


fn char_length(self: String) -> Int:
    """The number of characters (Unicode code points)."""
    var n = 0
    for i in range(len(self)):
        # every byte that does not continue a UTF-8 sequence starts a character
        if (_byte_at(self, i) & 0xC0) != 0x80:
            n += 1
    return n


fn count_graphemes(self: String) -> Int:
    """The number of user-perceived characters (extended grapheme clusters)."""
    return len(graphemes(self))


fn count_codepoints(self: String) -> Int:
    """The number of characters (Unicode code points), as 1.x names it."""
    return char_length(self)


fn _codepoint_offset(self: String, index: Int) -> Int:
    """The byte offset where character `index` starts (the byte length for the one past the last)."""
    var seen = 0
    for i in range(len(self)):
        if (_byte_at(self, i) & 0xC0) != 0x80:
            if seen == index:
                return i
            seen += 1
    if index < 0 or index > seen:
        abort("index out of bounds: character " + String(index) + " of a String of " + String(seen) + " characters")
    return len(self)


fn _codepoint_at(self: String, index: Int) -> String:
    """`s[codepoint=i]`: character i (a Unicode code point) as a String."""
    var start = _codepoint_offset(self, index)
    if start == len(self):
        abort("index out of bounds: character " + String(index) + " of a String of " + String(index) + " characters")
    var end = start + 1
    while end < len(self) and (_byte_at(self, end) & 0xC0) == 0x80:
        end += 1
    return self[start:end]


fn _counted_bound(bound: Optional[Int], fallback: Int, count: Int) -> Int:
    """A slice bound over `count` items: absent is fallback, negative counts from the end, then clamped."""
    if not bound:
        return fallback
    var b = bound.value()
    if b < 0:
        b += count
    return max(0, min(b, count))


fn _codepoint_slice(self: String, start: Optional[Int], end: Optional[Int]) -> String:
    """`s[codepoint=a:b]`: the characters from a up to b."""
    var count = char_length(self)
    var first = _counted_bound(start, 0, count)
    var last = _counted_bound(end, count, count)
    if first >= last:
        return ""
    return self[_codepoint_offset(self, first):_codepoint_offset(self, last)]


fn _grapheme_at(self: String, index: Int) -> String:
    """`s[grapheme=i]`: user-perceived character i (an extended grapheme cluster)."""
    var clusters = graphemes(self)
    if index < 0 or index >= len(clusters):
        abort("index out of bounds: grapheme " + String(index) + " of a String of " + String(len(clusters)) + " graphemes")
    return clusters[index]


fn _grapheme_slice(self: String, start: Optional[Int], end: Optional[Int]) -> String:
    """`s[grapheme=a:b]`: the user-perceived characters from a up to b."""
    var clusters = graphemes(self)
    var first = _counted_bound(start, 0, len(clusters))
    var last = _counted_bound(end, len(clusters), len(clusters))
    var result = String()
    for k in range(first, last):
        result += clusters[k]
    return result


@intrinsic("string.byte_at")
fn _byte_at(self: String, idx: Int) -> Int:
    """The byte at a UTF-8 offset, 0 to 255."""
    ...


@intrinsic("string.unsafe_ptr")
fn unsafe_ptr(self: String) -> UnsafePointer[Byte]:
    """The address of the first byte (valid while the string lives unchanged)."""
    ...


@intrinsic("string.unsafe_ptr_mut")
fn unsafe_ptr_mut(mut self: String) -> UnsafePointer[Byte]:
    """The address of the first byte, to change the bytes in place (a literal's text is copied first)."""
    ...


@intrinsic("string.unsafe_cstr_ptr")
fn unsafe_cstr_ptr(mut self: String) -> UnsafePointer[c_char]:
    """The address of the first byte, with a NUL after the last (added, if the string has none)."""
    ...


@intrinsic("string.unsafe_ptr")
fn unsafe_cstr_ptr(self: StringLiteral) -> UnsafePointer[c_char]:
    """The address of the literal's first byte: its text is always followed by a NUL."""
    ...


# The string's buffer. Mojo keeps a string of up to INLINE_CAPACITY bytes in the String value itself
# (inline); a String made from a literal refers to the literal's text until it changes; any other
# is out of line, in a buffer of its own.
alias INLINE_CAPACITY = 23


@intrinsic("string.capacity")
fn capacity(self: String) -> Int:
    """The bytes the string can hold before it reallocates (a literal's: its length)."""
    ...


@intrinsic("string.is_inline")
fn _is_inline(self: String) -> Bool:
    ...


@intrinsic("string.has_nul_terminator")
fn _has_nul_terminator(self: String) -> Bool:
    ...


@intrinsic("string.reserve")
fn reserve(mut self: String, new_capacity: Int):
    """Makes room for new_capacity bytes (nothing happens if there is room already)."""
    ...


@intrinsic("string.resize")
fn resize(mut self: String, length: Int, fill_byte: UInt8 = 0):
    """Shortens the string, or lengthens it with fill_byte bytes."""
    ...


@intrinsic("string.resize_uninit")
fn resize(mut self: String, *, unsafe_uninit_length: Int):
    """Shortens or lengthens the string; new bytes are left for the caller to write."""
    ...


fn as_bytes(self: String) -> Span[Byte]:
    """A span of the UTF-8 bytes, where they are (valid while the string lives unchanged)."""
    return Span[Byte](ptr=self.unsafe_ptr(), length=len(self))


fn as_bytes_mut(mut self: String) -> Span[Byte]:
    """A span of the UTF-8 bytes, to change them in place."""
    return Span[Byte](ptr=self.unsafe_ptr_mut(), length=len(self))


fn is_codepoint_boundary(self: String, index: Int) -> Bool:
    """Whether a character starts at this byte offset (or it is the end)."""
    if index == len(self):
        return True
    if index < 0 or index > len(self):
        return False
    return (_byte_at(self, index) & 0xC0) != 0x80


fn is_ascii_digit(self: String) -> Bool:
    """Whether the string is not empty and all its bytes are ASCII digits."""
    if len(self) == 0:
        return False
    for i in range(len(self)):
        var b = _byte_at(self, i)
        if b < 48 or b > 57:
            return False
    return True


fn is_ascii_printable(self: String) -> Bool:
    """Whether every byte is a printable ASCII character (space to tilde)."""
    for i in range(len(self)):
        var b = _byte_at(self, i)
        if b < 32 or b > 126:
            return False
    return True


# Character classes, as `String.ASCII_LETTERS` names them.
alias ASCII_LOWERCASE = "abcdefghijklmnopqrstuvwxyz"
alias ASCII_UPPERCASE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
alias ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
alias DIGITS = "0123456789"
alias HEX_DIGITS = "0123456789abcdefABCDEF"
alias OCT_DIGITS = "01234567"
alias PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
alias PRINTABLE = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c"


# Constructors with keywords: String(capacity=n), String(bytes=span), ... (String(a, b, sep=s, end=e)
# is the compiler's, like String(x)).


@intrinsic("string.from_bytes")
fn _string_from_bytes(data: UnsafePointer[Byte], length: Int) -> String:
    """A new String of a copy of length bytes at data."""
    ...


@intrinsic("string.with_capacity")
fn __string_init__(*, capacity: Int) -> String:
    """An empty string with room for capacity bytes."""
    ...


fn __string_init__(*, bytes: Span[Byte]) -> String:
    """A copy of the UTF-8 bytes."""
    return _string_from_bytes(bytes.unsafe_ptr(), len(bytes))


fn __string_init__(*, ptr: UnsafePointer[Byte], length: Int) -> String:
    """The length UTF-8 bytes at ptr (here a copy of them)."""
    return _string_from_bytes(ptr, length)


fn __string_init__(*, unsafe_uninit_length: Int) -> String:
    """A string of length bytes for the caller to write."""
    var s = __string_init__(capacity=unsafe_uninit_length)
    s.resize(unsafe_uninit_length=unsafe_uninit_length)
    return s^


fn __string_init__(*, unsafe_from_utf8: Span[Byte]) -> String:
    """A copy of the bytes, which the caller guarantees are UTF-8."""
    return _string_from_bytes(unsafe_from_utf8.unsafe_ptr(), len(unsafe_from_utf8))


fn __string_init__(*, unsafe_from_utf8_ptr: UnsafePointer[Byte]) -> String:
    """A copy of the NUL-terminated UTF-8 bytes at the pointer (without the NUL)."""
    var length = 0
    while unsafe_from_utf8_ptr[length] != 0:
        length += 1
    return _string_from_bytes(unsafe_from_utf8_ptr, length)


fn __string_init__(*, unsafe_from_utf8_ptr: UnsafePointer[c_char]) -> String:
    """A copy of the NUL-terminated UTF-8 bytes at a C string pointer (without the NUL)."""
    return __string_init__(unsafe_from_utf8_ptr=unsafe_from_utf8_ptr.bitcast[Byte]())
