# range(...) as a value (what it is outside a `for` header, which the compiler loops over
# directly): the range types of Mojo's standard library, iterators with __len__, __getitem__ and
# __reversed__. Int bounds make _ZeroStartingRange, _SequentialRange or _StridedRange; UInt bounds
# make _UIntZeroStartingRange or _UIntStridedRange.


fn _ceildiv(a: Int, b: Int) -> Int:
    return -(a // -b)


fn _uceildiv(a: UInt, b: UInt) -> UInt:
    var q = a // b
    return q + 1 if q * b != a else q


struct _ZeroStartingRange(Copyable, Movable, Sized):
    var curr: Int
    var end: Int

    fn __init__(out self, end: Int):
        self.curr = max(0, end)
        self.end = self.curr

    fn __iter__(self) -> Self:
        return self

    fn __next__(mut self) -> Int:
        var curr = self.curr
        self.curr -= 1
        return self.end - curr

    fn __has_next__(self) -> Bool:
        return self.__len__() > 0

    fn __len__(self) -> Int:
        return self.curr

    fn __getitem__[I: Indexer, //](self, idx: I) -> Int:
        return index(idx)

    fn __reversed__(self) -> _StridedRange:
        return _StridedRange(self.end - 1, -1, -1)


struct _SequentialRange(Copyable, Movable, Sized):
    var start: Int
    var end: Int

    fn __init__(out self, start: Int, end: Int):
        self.start = start
        self.end = max(start, end)

    fn __iter__(self) -> Self:
        return self

    fn __next__(mut self) -> Int:
        var start = self.start
        self.start += 1
        return start

    fn __has_next__(self) -> Bool:
        return self.__len__() > 0

    fn __len__(self) -> Int:
        return self.end - self.start

    fn __getitem__[I: Indexer, //](self, idx: I) -> Int:
        return self.start + index(idx)

    fn __reversed__(self) -> _StridedRange:
        return _StridedRange(self.end - 1, self.start - 1, -1)


struct _StridedRangeIterator(Copyable, Movable, Sized):
    var start: Int
    var end: Int
    var step: Int

    fn __init__(out self, start: Int, end: Int, step: Int):
        self.start = start
        self.end = end
        self.step = step

    fn __iter__(self) -> Self:
        return self

    fn __len__(self) -> Int:
        if self.step > 0 and self.start < self.end:
            return self.end - self.start
        elif self.step < 0 and self.start > self.end:
            return self.start - self.end
        return 0

    fn __has_next__(self) -> Bool:
        return self.__len__() > 0

    fn __next__(mut self) -> Int:
        var result = self.start
        self.start += self.step
        return result


struct _StridedRange(Copyable, Movable, Sized):
    var start: Int
    var end: Int
    var step: Int

    fn __init__(out self, start: Int, end: Int, step: Int = 1):
        self.start = start
        self.end = end
        self.step = step

    fn __iter__(self) -> _StridedRangeIterator:
        return _StridedRangeIterator(self.start, self.end, self.step)

    fn __next__(mut self) -> Int:
        var result = self.start
        self.start += self.step
        return result

    fn __has_next__(self) -> Bool:
        return self.__len__() > 0

    fn __len__(self) -> Int:
        # a positive step needs start < end, a negative one start > end
        if (self.step > 0) == (self.start > self.end):
            return 0
        return _ceildiv(self.end - self.start, self.step)

    fn __getitem__[I: Indexer, //](self, idx: I) -> Int:
        return self.start + index(idx) * self.step

    fn __reversed__(self) -> _StridedRange:
        var sign = 1 if self.step > 0 else -1
        var shifted_end = self.end - sign
        var start = shifted_end - ((shifted_end - self.start) % self.step)
        var end = self.start - self.step
        var step = -self.step
        return _StridedRange(start, end, step)


struct _UIntZeroStartingRange(Copyable, Movable, Sized):
    var curr: UInt
    var end: UInt

    fn __init__(out self, end: UInt):
        self.curr = end
        self.end = end

    fn __iter__(self) -> Self:
        return self

    fn __next__(mut self) -> UInt:
        var curr = self.curr
        self.curr -= 1
        return self.end - curr

    fn __has_next__(self) -> Bool:
        return self.curr > 0

    fn __len__(self) -> UInt:
        return self.curr

    fn __getitem__[I: Indexer, //](self, idx: I) -> UInt:
        return UInt(index(idx))


struct _UIntStridedRangeIterator(Copyable, Movable, Sized):
    var start: UInt
    var end: UInt
    var step: UInt

    fn __init__(out self, start: UInt, end: UInt, step: UInt):
        self.start = start
        self.end = end
        self.step = step

    fn __iter__(self) -> Self:
        return self

    fn __len__(self) -> UInt:
        return self.end - self.start if self.start < self.end else 0

    fn __has_next__(self) -> Bool:
        return self.start < self.end

    fn __next__(mut self) -> UInt:
        var result = self.start
        self.start += self.step
        return result


struct _UIntStridedRange(Copyable, Movable, Sized):
    var start: UInt
    var end: UInt
    var step: UInt

    fn __init__(out self, start: UInt, end: UInt, step: UInt = 1):
        self.start = start
        self.end = end
        self.step = step

    fn __iter__(self) -> _UIntStridedRangeIterator:
        return _UIntStridedRangeIterator(self.start, self.end, self.step)

    fn __has_next__(self) -> Bool:
        return self.start < self.end

    fn __next__(mut self) -> UInt:
        var result = self.start
        self.start += self.step
        return result

    fn __len__(self) -> UInt:
        if self.start >= self.end:
            return 0
        return _uceildiv(self.end - self.start, self.step)

    fn __getitem__[I: Indexer, //](self, idx: I) -> UInt:
        return self.start + UInt(index(idx)) * self.step


fn range(end: Int) -> _ZeroStartingRange:
    return _ZeroStartingRange(end)


fn range(end: UInt) -> _UIntZeroStartingRange:
    return _UIntZeroStartingRange(end)


fn range(start: Int, end: Int) -> _SequentialRange:
    return _SequentialRange(start, end)


fn range(start: UInt, end: UInt) -> _UIntStridedRange:
    return _UIntStridedRange(start, end, 1)


fn range(start: Int, end: Int, step: Int) -> _StridedRange:
    return _StridedRange(start, end, step)


fn range(start: UInt, end: UInt, step: UInt) -> _UIntStridedRange:
    return _UIntStridedRange(start, end, step)
