# Slice and slice(...): what `a[start:end:step]` passes to a __getitem__ that takes a Slice.
# Every part may be missing (None); indices(length) resolves them against a length as Python does.


struct Slice(Copyable, Movable, EqualityComparable, Stringable, Representable, Writable):
    var start: Optional[Int]
    var end: Optional[Int]
    var step: Optional[Int]

    fn __init__(out self, start: Int, end: Int):
        self.start = start
        self.end = end
        self.step = None

    fn __init__(out self, start: Optional[Int], end: Optional[Int], step: Optional[Int]):
        self.start = start
        self.end = end
        self.step = step

    fn __eq__(self, other: Self) -> Bool:
        return self.start == other.start and self.end == other.end and self.step == other.step

    fn __ne__(self, other: Self) -> Bool:
        return not self == other

    fn write_to[W: Writer](self, mut writer: W):
        writer.write("slice(")
        _write_part(writer, self.start)
        writer.write(", ")
        _write_part(writer, self.end)
        writer.write(", ")
        _write_part(writer, self.step)
        writer.write(")")

    fn __str__(self) -> String:
        return String.write(self)

    fn __repr__(self) -> String:
        return String.write(self)

    fn indices(self, length: Int) -> Tuple[Int, Int, Int]:
        """(start, end, step) for a sequence of that length: missing parts filled in, negative
        indexes counted from the end, everything clamped to the sequence (as Python's slice.indices)."""
        var step = self.step.or_else(1)
        var forward = step > 0
        var start = _resolve(self.start, length, 0 if forward else length - 1, forward)
        var end = _resolve(self.end, length, length if forward else -1, forward)
        return (start, end, step)


fn _write_part[W: Writer](mut writer: W, part: Optional[Int]):
    if part:
        writer.write(part.value())
    else:
        writer.write("None")


fn _resolve(index: Optional[Int], length: Int, missing: Int, forward: Bool) -> Int:
    if not index:
        return missing
    var i = index.value()
    if i < 0:
        i += length
        if i < 0:
            return 0 if forward else -1
    elif i >= length:
        return length if forward else length - 1
    return i


fn slice(end: Int) -> Slice:
    """slice(end): from the start to end."""
    return Slice(None, end, None)


fn slice(start: Int, end: Int) -> Slice:
    return Slice(start, end)


fn slice(start: Optional[Int], end: Optional[Int], step: Optional[Int] = None) -> Slice:
    return Slice(start, end, step)
