# utils.static_tuple: StaticTuple[T, size], a fixed number of values of one type.
# (Here the values are kept in an InlineArray.)


struct StaticTuple[element_type: Copyable & Movable, size: Int](Copyable, Movable):
    var _data: InlineArray[element_type, size]

    fn __init__(out self, *elems: element_type):
        """The tuple of elems (one value, or exactly size values)."""
        var first = elems[0]
        self._data = InlineArray[element_type, size](fill=first)
        for i in range(1, len(elems)):
            self._data[i] = elems[i]

    fn __len__(self) -> Int:
        return size

    fn __getitem__(self, idx: Int) -> element_type:
        return self._data[idx]

    fn __getitem__[idx: Int](self) -> element_type:
        return self._data[idx]

    fn __setitem__(mut self, idx: Int, var val: element_type):
        self._data[idx] = val^

    fn __setitem__[idx: Int](mut self, var val: element_type):
        self._data[idx] = val^
