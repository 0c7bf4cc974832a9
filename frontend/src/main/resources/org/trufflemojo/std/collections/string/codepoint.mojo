# collections.string.codepoint: Codepoint, a Unicode scalar value (a code point that is not a
# surrogate), as Mojo's standard library defines it. Every module sees it without an import.


struct Codepoint(Copyable, EqualityComparable, Hashable, Intable, Movable, Stringable, Writable):
    """A Unicode scalar value: 0 to 0xD7FF or 0xE000 to 0x10FFFF."""

    var _scalar_value: UInt32

    # ===--- life cycle ---=== #

    fn __init__(out self, *, unsafe_unchecked_codepoint: UInt32):
        """The codepoint of the value, which the caller guarantees is a Unicode scalar value."""
        self._scalar_value = unsafe_unchecked_codepoint

    fn __init__(out self, codepoint: UInt8):
        """The codepoint of a byte value (0 to 255: always a scalar value)."""
        self._scalar_value = UInt32(codepoint)

    @staticmethod
    fn from_u32(value: UInt32) -> Optional[Codepoint]:
        """The codepoint of value, or None if it is not a Unicode scalar value."""
        if value <= 0xD7FF or (value >= 0xE000 and value <= 0x10FFFF):
            return Codepoint(unsafe_unchecked_codepoint=value)
        return None

    @staticmethod
    fn ord(string: StringSlice) -> Codepoint:
        """The codepoint of the single character string."""
        return Codepoint(unsafe_unchecked_codepoint=UInt32(ord(string)))

    # ===--- comparison and conversion ---=== #

    fn __eq__(self, other: Self) -> Bool:
        return self._scalar_value == other._scalar_value

    fn __ne__(self, other: Self) -> Bool:
        return self._scalar_value != other._scalar_value

    fn __lt__(self, other: Self) -> Bool:
        return self._scalar_value < other._scalar_value

    fn __le__(self, other: Self) -> Bool:
        return self._scalar_value <= other._scalar_value

    fn __gt__(self, other: Self) -> Bool:
        return self._scalar_value > other._scalar_value

    fn __ge__(self, other: Self) -> Bool:
        return self._scalar_value >= other._scalar_value

    fn __int__(self) -> Int:
        return Int(self._scalar_value)

    fn __hash__(self) -> UInt:
        return hash(Int(self._scalar_value))

    fn to_u32(self) -> UInt32:
        """The code point as a UInt32."""
        return self._scalar_value

    fn __str__(self) -> String:
        """The one-character string of this codepoint."""
        return chr(Int(self._scalar_value))

    fn __repr__(self) -> String:
        return "Codepoint(" + String(self._scalar_value) + ")"

    fn write_to[W: Writer](self, mut writer: W):
        writer.write(chr(Int(self._scalar_value)))

    # ===--- character classes ---=== #

    fn is_ascii(self) -> Bool:
        """Whether this is an ASCII character (0 to 127)."""
        return self._scalar_value <= 0b0111_1111

    fn is_ascii_digit(self) -> Bool:
        """Whether this is one of 0123456789."""
        return self._scalar_value >= ord("0") and self._scalar_value <= ord("9")

    fn is_ascii_upper(self) -> Bool:
        """Whether this is an ASCII uppercase letter A-Z."""
        return self._scalar_value >= ord("A") and self._scalar_value <= ord("Z")

    fn is_ascii_lower(self) -> Bool:
        """Whether this is an ASCII lowercase letter a-z."""
        return self._scalar_value >= ord("a") and self._scalar_value <= ord("z")

    fn is_ascii_printable(self) -> Bool:
        """Whether this is a printable ASCII character (space to ~)."""
        return self._scalar_value >= ord(" ") and self._scalar_value <= ord("~")

    fn is_python_space(self) -> Bool:
        """Whether Python's str.isspace() counts this as whitespace."""
        var c = Int(self._scalar_value)
        if c == 32 or (c >= 9 and c <= 13) or (c >= 0x1C and c <= 0x1F):
            return True
        if c == 0x85 or c == 0xA0 or c == 0x1680:
            return True
        if c >= 0x2000 and c <= 0x200A:
            return True
        return c == 0x2028 or c == 0x2029 or c == 0x202F or c == 0x205F or c == 0x3000

    fn is_posix_space(self) -> Bool:
        """Whether this is a POSIX space: space, \\t, \\n, \\v, \\f or \\r."""
        var c = Int(self._scalar_value)
        return c == 32 or (c >= 9 and c <= 13)

    # ===--- UTF-8 ---=== #

    fn utf8_byte_length(self) -> UInt:
        """The number of bytes of this codepoint in UTF-8 (1 to 4)."""
        var c = self._scalar_value
        if c < 0x80:
            return 1
        if c < 0x800:
            return 2
        if c < 0x10000:
            return 3
        return 4

    fn unsafe_write_utf8[optimize_ascii: Bool = True](self, ptr: UnsafePointer[Byte]) -> UInt:
        """Writes the UTF-8 bytes of this codepoint at ptr (room for 4 bytes); returns how many."""
        var c = self._scalar_value
        var n = self.utf8_byte_length()
        if n == 1:
            ptr[0] = UInt8(c)
        elif n == 2:
            ptr[0] = UInt8(0b1100_0000 | (c >> 6))
            ptr[1] = UInt8(0b1000_0000 | (c & 0b0011_1111))
        elif n == 3:
            ptr[0] = UInt8(0b1110_0000 | (c >> 12))
            ptr[1] = UInt8(0b1000_0000 | ((c >> 6) & 0b0011_1111))
            ptr[2] = UInt8(0b1000_0000 | (c & 0b0011_1111))
        else:
            ptr[0] = UInt8(0b1111_0000 | (c >> 18))
            ptr[1] = UInt8(0b1000_0000 | ((c >> 12) & 0b0011_1111))
            ptr[2] = UInt8(0b1000_0000 | ((c >> 6) & 0b0011_1111))
            ptr[3] = UInt8(0b1000_0000 | (c & 0b0011_1111))
        return n



# The iterators below are what builtin.string's methods return, so this module calls no String
# method (builtin.string imports it): it reads bytes with its own declaration of the intrinsic.


@intrinsic("string.byte_at")
fn _byte_at(s: String, idx: Int) -> Int:
    """The byte at a UTF-8 offset, 0 to 255."""
    ...


fn _utf8_length_of_lead_byte(b: Int) -> Int:
    """The length of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte)."""
    if b < 0b1100_0000:
        return 1
    if b < 0b1110_0000:
        return 2
    if b < 0b1111_0000:
        return 3
    return 4


fn _is_continuation_byte(b: Int) -> Bool:
    return (b & 0xC0) == 0x80


fn _char_count(s: String) -> Int:
    """The number of codepoints: the bytes that do not continue a UTF-8 sequence."""
    var n = 0
    for i in range(len(s)):
        if not _is_continuation_byte(_byte_at(s, i)):
            n += 1
    return n


struct CodepointsIter(Copyable, Movable, Sized):
    """The codepoints of a string front to back, as `s.codepoints()` iterates them. `_slice` is the
    text not yet iterated."""

    var _slice: String

    fn __init__(out self, text: String):
        self._slice = text

    fn __iter__(self) -> Self:
        return self.copy()

    fn __has_next__(self) -> Bool:
        return len(self._slice) > 0

    fn __len__(self) -> Int:
        """The number of codepoints left."""
        return _char_count(self._slice)

    fn peek_next(self) -> Optional[Codepoint]:
        """The next codepoint without consuming it, or None at the end."""
        if not self.__has_next__():
            return None
        var lead = _byte_at(self._slice, 0)
        var n = _utf8_length_of_lead_byte(lead)
        # the lead byte's payload bits, then 6 bits from each continuation byte
        var value = lead if n == 1 else lead & (0x7F >> n)
        for i in range(1, n):
            value = (value << 6) | (_byte_at(self._slice, i) & 0b0011_1111)
        return Codepoint(unsafe_unchecked_codepoint=UInt32(value))

    fn next(mut self) -> Optional[Codepoint]:
        """The next codepoint (consumed), or None at the end."""
        var result = self.peek_next()
        if result:
            self._slice = self._slice[_utf8_length_of_lead_byte(_byte_at(self._slice, 0)):]
        return result

    fn __next__(mut self) -> Codepoint:
        return self.next().value()


struct CodepointSliceIter(Copyable, Movable, Sized):
    """The characters of a string as one-character Strings, front to back (back to front if not
    forward), as `s.codepoint_slices()` and `s.__reversed__()` iterate them. `_slice` is the text
    not yet iterated."""

    var _slice: String
    var _forward: Bool

    fn __init__(out self, text: String, forward: Bool = True):
        self._slice = text
        self._forward = forward

    fn __iter__(self) -> Self:
        return self.copy()

    fn __has_next__(self) -> Bool:
        return len(self._slice) > 0

    fn __len__(self) -> Int:
        """The number of characters left."""
        return _char_count(self._slice)

    fn __next__(mut self) -> String:
        var start: Int
        var end: Int
        if self._forward:
            start = 0
            end = _utf8_length_of_lead_byte(_byte_at(self._slice, 0))
        else:
            end = len(self._slice)
            start = end - 1
            while start > 0 and _is_continuation_byte(_byte_at(self._slice, start)):
                start -= 1
        var char = self._slice[start:end]
        self._slice = self._slice[end:] if self._forward else self._slice[:start]
        return char
