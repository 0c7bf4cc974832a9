# collections.Set: an unordered collection of distinct values, kept as the keys of a Dict.
#
# The dict keeps its keys in insertion order, so iteration, printing and pop() see the elements in
# the order they were first added. `{a, b}` is a set literal (Set[T] where no other type is
# expected); the operators |, &, -, ^ and the comparisons <=, <, >=, > are the set operations.


struct Set[T: KeyElement](Boolable, Copyable, EqualityComparable, Movable, Sized):
    var _data: Dict[T, Bool]

    # ===--- life cycle ---=== #

    fn __init__(out self):
        """An empty set."""
        self._data = Dict[T, Bool]()

    fn __init__(out self, other: Set[T]):
        """A set of the same elements as other."""
        self._data = other._data.copy()

    fn __init__(out self, *ts: T, __set_literal__: () = ()):
        """A set of the given values (also what a set literal makes)."""
        self._data = Dict[T, Bool]()
        for t in ts:
            self._data[t] = True

    fn __init__(out self, elements: List[T]):
        """A set of the list's values."""
        self._data = Dict[T, Bool]()
        for e in elements:
            self._data[e] = True

    fn copy(self) -> Self:
        return Self(self)

    # ===--- size and membership ---=== #

    fn __len__(self) -> Int:
        return len(self._data)

    fn __bool__(self) -> Bool:
        return len(self._data) > 0

    fn __contains__(self, t: T) -> Bool:
        return t in self._data

    fn __iter__(self) -> List[T]:
        """The elements, in the order they were added."""
        return self._data.keys()

    # ===--- adding and removing ---=== #

    fn add(mut self, t: T):
        """Adds t (nothing changes if it is already an element)."""
        self._data[t] = True

    fn remove(mut self, t: T) raises:
        """Removes t; raises a KeyError if it is not an element."""
        _ = self._data.pop(t)

    fn discard(mut self, t: T):
        """Removes t if it is an element."""
        _ = self._data.pop(t, False)

    fn pop(mut self) raises -> T:
        """Removes and returns the element added first; raises if the set is empty."""
        if len(self._data) == 0:
            raise Error("KeyError: pop from an empty set")
        var keys = self._data.keys()
        _ = self._data.pop(keys[0])
        return keys[0]

    fn clear(mut self):
        self._data.clear()

    # ===--- comparison ---=== #

    fn __eq__(self, other: Self) -> Bool:
        return len(self) == len(other) and self.issubset(other)

    fn __ne__(self, other: Self) -> Bool:
        return not (self == other)

    fn issubset(self, other: Self) -> Bool:
        """Whether every element is in other."""
        if len(self) > len(other):
            return False
        for e in self._data.keys():
            if e not in other._data:
                return False
        return True

    fn issuperset(self, other: Self) -> Bool:
        """Whether every element of other is in this set."""
        return other.issubset(self)

    fn isdisjoint(self, other: Self) -> Bool:
        """Whether the sets have no element in common."""
        for e in self._data.keys():
            if e in other._data:
                return False
        return True

    fn __le__(self, other: Self) -> Bool:
        return self.issubset(other)

    fn __ge__(self, other: Self) -> Bool:
        return other.issubset(self)

    fn __lt__(self, other: Self) -> Bool:
        return len(self) < len(other) and self.issubset(other)

    fn __gt__(self, other: Self) -> Bool:
        return len(self) > len(other) and other.issubset(self)

    # ===--- set operations ---=== #

    fn union(self, other: Self) -> Self:
        """The elements of either set."""
        var result = self.copy()
        result.update(other)
        return result^

    fn intersection(self, other: Self) -> Self:
        """The elements of both sets."""
        var result = Self()
        for e in self._data.keys():
            if e in other._data:
                result.add(e)
        return result^

    fn difference(self, other: Self) -> Self:
        """The elements of this set that are not in other."""
        var result = Self()
        for e in self._data.keys():
            if e not in other._data:
                result.add(e)
        return result^

    fn symmetric_difference(self, other: Self) -> Self:
        """The elements of exactly one of the sets."""
        var result = self.difference(other)
        for e in other._data.keys():
            if e not in self._data:
                result.add(e)
        return result^

    fn update(mut self, other: Self):
        """Adds the elements of other."""
        for e in other._data.keys():
            self.add(e)

    fn intersection_update(mut self, other: Self):
        """Keeps only the elements that are also in other."""
        self = self.intersection(other)

    fn difference_update(mut self, other: Self):
        """Removes the elements of other."""
        for e in other._data.keys():
            self.discard(e)

    fn symmetric_difference_update(mut self, other: Self):
        """Keeps the elements of exactly one of the sets."""
        self = self.symmetric_difference(other)

    fn __or__(self, other: Self) -> Self:
        return self.union(other)

    fn __ior__(mut self, other: Self):
        self.update(other)

    fn __and__(self, other: Self) -> Self:
        return self.intersection(other)

    fn __iand__(mut self, other: Self):
        self.intersection_update(other)

    fn __sub__(self, other: Self) -> Self:
        return self.difference(other)

    fn __isub__(mut self, other: Self):
        self.difference_update(other)

    fn __xor__(self, other: Self) -> Self:
        return self.symmetric_difference(other)

    fn __ixor__(mut self, other: Self):
        self.symmetric_difference_update(other)

    # ===--- text (for elements that can be represented) ---=== #

    fn __str__[U: KeyElement & Representable, //](self: Set[U]) -> String:
        var out = String("{")
        var first = True
        for e in self._data.keys():
            if not first:
                out += ", "
            out += repr(e)
            first = False
        return out + "}"

    fn __repr__[U: KeyElement & Representable, //](self: Set[U]) -> String:
        return self.__str__()

    fn write_to[W: Writer, U: KeyElement & Representable, //](self: Set[U], mut writer: W):
        writer.write(self.__str__())
