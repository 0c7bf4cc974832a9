# Codepoint (a prelude type from collections.string.codepoint), `var a, b = t`, a module-level
# alias of a List (materialized at each use), List[Byte] equality.
from testing import assert_equal

alias SAMPLES = List[Tuple[Int, List[Byte]]]((65, List[Byte](65)), (0xBE, List[Byte](0xC2, 0xBE)), (0x1F642, List[Byte](0xF0, 0x9F, 0x99, 0x82)))


def main():
    var a = Codepoint.ord("a")
    print(a.to_u32(), a.is_ascii(), a.is_ascii_lower(), a.is_ascii_upper(), a.is_ascii_digit())
    print(String(Codepoint(65)), Codepoint(UInt8(48)).is_ascii_digit(), Codepoint(32).is_posix_space())
    print(Codepoint.from_u32(0xD800).__bool__(), Codepoint.from_u32(0x10FFFF + 1).__bool__())
    print(String(Codepoint.from_u32(0x1F642).value()), Codepoint.ord("¾").utf8_byte_length())
    print(Codepoint(0) == Codepoint(0), Codepoint(0) != Codepoint(1), Codepoint(1) < Codepoint(2))
    for s in SAMPLES:
        var code, bytes = s
        var c = Codepoint.from_u32(UInt32(code)).value()
        var buffer = List[Byte](0, 0, 0, 0)
        var n = c.unsafe_write_utf8(buffer.unsafe_ptr())
        assert_equal(n, len(bytes))
        buffer.resize(len(bytes), 0)
        print(code, n, buffer == bytes, buffer)
