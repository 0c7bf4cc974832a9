# itertools: iterator building blocks.


struct _Count(Copyable, Movable):
    """The integers start, start + step, start + 2 * step, ... without end."""

    var _next: Int
    var _step: Int

    fn __init__(out self, start: Int, step: Int):
        self._next = start
        self._step = step

    fn __iter__(self) -> Self:
        return self.copy()

    fn __has_next__(self) -> Bool:
        return True

    fn __next__(mut self) -> Int:
        self._next += self._step
        return self._next - self._step

    fn nth(mut self, n: Int) -> Optional[Int]:
        """Skips n values and returns the next one."""
        self._next += n * self._step
        return Optional[Int](self.__next__())


fn count(start: Int = 0, step: Int = 1) -> _Count:
    """An endless iterator of evenly spaced integers, from start."""
    return _Count(start, step)
