# collections.Counter: a multiset that maps each value to its count, over a Dict[V, Int].
#
# A missing value counts 0. The arithmetic operators (+, -, &, |, unary + and -) follow Python's
# Counter: their results keep only the values whose count is positive, while __setitem__,
# update and subtract keep any count, zero and negative ones included.
from sys.intrinsics import _type_is_eq


struct Counter[V: KeyElement](Boolable, Copyable, Movable, Sized):
    var _data: Dict[V, Int]

    fn __init__(out self):
        """An empty counter."""
        self._data = Dict[V, Int]()

    fn __init__(out self, items: List[V], /):
        """Counts each item of the list."""
        self._data = Dict[V, Int]()
        for item in items:
            self._data[item] = self._data.get(item, 0) + 1

    fn __init__(out self, var *values: V):
        """Counts each of the values."""
        self._data = Dict[V, Int]()
        for value in values:
            self._data[value] = self._data.get(value, 0) + 1

    @staticmethod
    fn fromkeys(keys: List[V], value: Int) -> Self:
        """A counter in which each of the keys counts value."""
        var result = Counter[V]()
        for key in keys:
            result._data[key] = value
        return result^

    # Access

    fn __getitem__(self, key: V) -> Int:
        """The count of key, 0 if it was never counted."""
        return self._data.get(key, 0)

    fn __setitem__(mut self, key: V, count: Int):
        self._data[key] = count

    fn __contains__(self, key: V) -> Bool:
        return key in self._data

    fn __len__(self) -> Int:
        """The number of distinct values, zero counts included."""
        return len(self._data)

    fn __bool__(self) -> Bool:
        return len(self._data) > 0

    fn get(self, value: V) -> Optional[Int]:
        return self._data.get(value)

    fn get(self, value: V, default: Int) -> Int:
        return self._data.get(value, default)

    fn pop(mut self, value: V) raises -> Int:
        """Removes value and returns its count; raises a KeyError if it is missing."""
        return self._data.pop(value)

    fn pop(mut self, value: V, default: Int) -> Int:
        return self._data.pop(value, default)

    fn __iter__(self) -> List[V]:
        """The counted values, in insertion order."""
        return self._data.keys()

    fn keys(self) -> List[V]:
        return self._data.keys()

    fn values(self) -> List[Int]:
        return self._data.values()

    fn items(self) -> List[Tuple[V, Int]]:
        return self._data.items()

    fn clear(mut self):
        self._data.clear()

    fn copy(self) -> Self:
        var result = Counter[V]()
        result._data = self._data.copy()
        return result^

    fn popitem(mut self) raises -> CountTuple[V]:
        """Removes the value counted last and returns it with its count."""
        var entry = self._data.popitem()
        return CountTuple[V](entry[0], entry[1])

    # Multiset views

    fn total(self) -> Int:
        """The sum of all counts."""
        var sum = 0
        for count in self._data.values():
            sum += count
        return sum

    fn elements(self) -> List[V]:
        """Each value repeated as often as it counts, in insertion order; non-positive counts
        contribute nothing."""
        var result = List[V]()
        for entry in self._data.items():
            for _ in range(entry[1]):
                result.append(entry[0])
        return result^

    fn most_common(self, n: Int) -> List[CountTuple[V]]:
        """The n values with the highest counts, highest first; equal counts keep insertion
        order."""
        var entries = self._data.items()
        # A stable insertion sort by descending count: counters are small and ties must keep
        # their insertion order.
        for i in range(1, len(entries)):
            var j = i
            while j > 0 and entries[j - 1][1] < entries[j][1]:
                var moved = entries[j]
                entries[j] = entries[j - 1]
                entries[j - 1] = moved
                j -= 1
        var result = List[CountTuple[V]]()
        for i in range(min(n, len(entries))):
            result.append(CountTuple[V](entries[i][0], entries[i][1]))
        return result^

    # Changing counts

    fn update(mut self, other: Self):
        """Adds other's counts to this counter's."""
        for entry in other._data.items():
            self._data[entry[0]] = self._data.get(entry[0], 0) + entry[1]

    fn subtract(mut self, other: Self):
        """Subtracts other's counts from this counter's; counts may become zero or negative."""
        for entry in other._data.items():
            self._data[entry[0]] = self._data.get(entry[0], 0) - entry[1]

    fn _keep_positive(mut self):
        """Drops every value whose count is zero or negative."""
        var dropped = List[V]()
        for entry in self._data.items():
            if entry[1] <= 0:
                dropped.append(entry[0])
        for key in dropped:
            _ = self._data.pop(key, 0)

    # Comparisons: multiset equality and inclusion; a missing value counts 0, so a value
    # counted 0 is the same as a missing one.

    fn __eq__(self, other: Self) -> Bool:
        return self.__le__(other) and other.__le__(self)

    fn __ne__(self, other: Self) -> Bool:
        return not self.__eq__(other)

    fn __le__(self, other: Self) -> Bool:
        """Whether every value counts at most as much here as in other."""
        for entry in self._data.items():
            if entry[1] > other[entry[0]]:
                return False
        for entry in other._data.items():
            if entry[1] < 0 and entry[0] not in self._data:
                return False
        return True

    fn __lt__(self, other: Self) -> Bool:
        return self.__le__(other) and self.__ne__(other)

    fn __ge__(self, other: Self) -> Bool:
        return other.__le__(self)

    fn __gt__(self, other: Self) -> Bool:
        return other.__lt__(self)

    # Arithmetic: the results keep only positive counts.

    fn __add__(self, other: Self) -> Self:
        var result = self.copy()
        result.update(other)
        result._keep_positive()
        return result^

    fn __iadd__(mut self, other: Self):
        self.update(other)
        self._keep_positive()

    fn __sub__(self, other: Self) -> Self:
        var result = self.copy()
        result.subtract(other)
        result._keep_positive()
        return result^

    fn __isub__(mut self, other: Self):
        self.subtract(other)
        self._keep_positive()

    fn __and__(self, other: Self) -> Self:
        """The minimum of both counts of each value."""
        var result = Counter[V]()
        for entry in self._data.items():
            var count = min(entry[1], other[entry[0]])
            if count > 0:
                result._data[entry[0]] = count
        return result^

    fn __iand__(mut self, other: Self):
        self = self & other

    fn __or__(self, other: Self) -> Self:
        """The maximum of both counts of each value."""
        var result = Counter[V]()
        for entry in self._data.items():
            var count = max(entry[1], other[entry[0]])
            if count > 0:
                result._data[entry[0]] = count
        for entry in other._data.items():
            if entry[0] not in self._data and entry[1] > 0:
                result._data[entry[0]] = entry[1]
        return result^

    fn __ior__(mut self, other: Self):
        self = self | other

    fn __pos__(self) -> Self:
        """The values with positive counts."""
        var result = self.copy()
        result._keep_positive()
        return result^

    fn __neg__(self) -> Self:
        """The values with negative counts, negated."""
        var result = Counter[V]()
        for entry in self._data.items():
            if entry[1] < 0:
                result._data[entry[0]] = -entry[1]
        return result^


struct CountTuple[V: KeyElement](Copyable, Movable):
    """A value and its count, as most_common and popitem return them: t[0] is the value and
    t[1] the count, each read as its type: t[0][String], t[1][Int]."""

    var _value: V
    var _count: Int

    fn __init__(out self, value: V, count: Int):
        self._value = value
        self._count = count

    fn __getitem__(self, idx: Int) -> _CountTupleField[V]:
        return _CountTupleField[V](self._value, self._count, idx)


struct _CountTupleField[V: KeyElement](Copyable, Movable):
    """Element idx of a CountTuple, whose type is only known where it is read as one."""

    var _value: V
    var _count: Int
    var _idx: Int

    fn __init__(out self, value: V, count: Int, idx: Int):
        self._value = value
        self._count = count
        self._idx = idx

    fn __getitem__[T: Copyable & Movable](self) -> T:
        @parameter
        if _type_is_eq[T, V]() and _type_is_eq[T, Int]():
            # Counter[Int]: both elements are Ints, the index tells them apart
            if self._idx == 1:
                return rebind[T](self._count)
            return rebind[T](self._value)
        elif _type_is_eq[T, V]():
            return rebind[T](self._value)
        else:
            return rebind[T](self._count)
