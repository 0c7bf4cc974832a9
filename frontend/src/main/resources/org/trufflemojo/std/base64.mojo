# The base64 module: Base64 (RFC 4648, standard alphabet, '=' padding) and Base16 encodings of
# the bytes of a string, as Mojo's standard library defines them.

alias _B64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
alias _B16_ALPHABET = "0123456789ABCDEF"


@intrinsic("string.byte_at")
fn _byte(s: String, idx: Int) -> Int:
    ...


@intrinsic("string.from_bytes")
fn _string_from(data: UnsafePointer[Byte], length: Int) -> String:
    ...


fn _from_bytes(bytes: List[Byte]) -> String:
    var copy = bytes.copy()
    return _string_from(copy.unsafe_ptr(), len(copy))


fn b64encode(input_string: StringSlice) -> String:
    """The Base64 encoding of the bytes of input_string."""
    var n = input_string.byte_length()
    var out = List[Byte](capacity=(n + 2) // 3 * 4)
    var i = 0
    while i + 2 < n:
        var triple = (_byte(input_string, i) << 16) | (_byte(input_string, i + 1) << 8) | _byte(input_string, i + 2)
        out.append(UInt8(_byte(_B64_ALPHABET, (triple >> 18) & 0x3F)))
        out.append(UInt8(_byte(_B64_ALPHABET, (triple >> 12) & 0x3F)))
        out.append(UInt8(_byte(_B64_ALPHABET, (triple >> 6) & 0x3F)))
        out.append(UInt8(_byte(_B64_ALPHABET, triple & 0x3F)))
        i += 3
    var rest = n - i
    if rest > 0:
        var triple = _byte(input_string, i) << 16
        if rest == 2:
            triple |= _byte(input_string, i + 1) << 8
        out.append(UInt8(_byte(_B64_ALPHABET, (triple >> 18) & 0x3F)))
        out.append(UInt8(_byte(_B64_ALPHABET, (triple >> 12) & 0x3F)))
        if rest == 2:
            out.append(UInt8(_byte(_B64_ALPHABET, (triple >> 6) & 0x3F)))
        else:
            out.append(UInt8(ord("=")))
        out.append(UInt8(ord("=")))
    return _from_bytes(out)


fn _b64_value[validate: Bool](c: Int) raises -> Int:
    """The 6-bit value of a Base64 character ('=' is 0)."""
    if c >= ord("A") and c <= ord("Z"):
        return c - ord("A")
    if c >= ord("a") and c <= ord("z"):
        return c - ord("a") + 26
    if c >= ord("0") and c <= ord("9"):
        return c - ord("0") + 52
    if c == ord("+"):
        return 62
    if c == ord("/"):
        return 63
    if c == ord("="):
        return 0
    @parameter
    if validate:
        raise Error("ValueError: Unexpected character '" + chr(c) + "' encountered")
    return 0


fn b64decode[*, validate: Bool = False](str: StringSlice) raises -> String:
    """The bytes whose Base64 encoding is str; with validate, raises on a malformed input."""
    var n = str.byte_length()

    @parameter
    if validate:
        if n % 4 != 0:
            raise Error("ValueError: Input length '" + String(n) + "' must be divisible by 4")
    var out = List[Byte](capacity=n // 4 * 3)
    var i = 0
    while i + 3 < n:
        var a = _b64_value[validate](_byte(str, i))
        var b = _b64_value[validate](_byte(str, i + 1))
        var c = _b64_value[validate](_byte(str, i + 2))
        var d = _b64_value[validate](_byte(str, i + 3))
        out.append(UInt8(((a << 2) | (b >> 4)) & 0xFF))
        if _byte(str, i + 2) == ord("="):
            break
        out.append(UInt8((((b & 0x0F) << 4) | (c >> 2)) & 0xFF))
        if _byte(str, i + 3) == ord("="):
            break
        out.append(UInt8((((c & 0x03) << 6) | d) & 0xFF))
        i += 4
    return _from_bytes(out)


fn b16encode(str: StringSlice) -> String:
    """The Base16 (uppercase hexadecimal) encoding of the bytes of str."""
    var n = str.byte_length()
    var out = List[Byte](capacity=2 * n)
    for i in range(n):
        var b = _byte(str, i)
        out.append(UInt8(_byte(_B16_ALPHABET, b >> 4)))
        out.append(UInt8(_byte(_B16_ALPHABET, b & 0x0F)))
    return _from_bytes(out)


fn _b16_value(c: Int) -> Int:
    if c >= ord("0") and c <= ord("9"):
        return c - ord("0")
    if c >= ord("A") and c <= ord("F"):
        return c - ord("A") + 10
    if c >= ord("a") and c <= ord("f"):
        return c - ord("a") + 10
    return 0


fn b16decode(str: StringSlice) -> String:
    """The bytes whose Base16 encoding is str."""
    var n = str.byte_length()
    var out = List[Byte](capacity=n // 2)
    var i = 0
    while i + 1 < n:
        out.append(UInt8((_b16_value(_byte(str, i)) << 4) | _b16_value(_byte(str, i + 1))))
        i += 2
    return _from_bytes(out)
