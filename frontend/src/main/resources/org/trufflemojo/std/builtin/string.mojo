# Methods of the built-in String, declared as functions whose first parameter is `self: String`.
# A StringLiteral receiver or argument converts to String. `format` and `write` are checked by the
# compiler itself (their arguments are any printable values).


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
fn startswith(self: String, prefix: String) -> Bool:
    ...


@intrinsic("string.endswith")
fn endswith(self: String, suffix: String) -> Bool:
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


@intrinsic("string.split")
fn split(self: String) -> List[String]:
    """The words of the string, split at runs of whitespace."""
    ...


@intrinsic("string.split")
fn split(self: String, sep: String) -> List[String]:
    """The parts of the string between occurrences of sep."""
    ...


@intrinsic("string.codepoint_slices")
fn codepoint_slices(self: String) -> List[String]:
    """Each character (Unicode code point) of the string, as a String."""
    ...


@intrinsic("string.str")
fn copy(self: String) -> String:
    """A copy of the string."""
    ...


@intrinsic("string.repr")
fn __repr__(self: String) -> String:
    """The string quoted as a literal, with escapes."""
    ...
