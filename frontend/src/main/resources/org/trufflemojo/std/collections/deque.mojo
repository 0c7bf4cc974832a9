# collections.Deque: a double-ended queue kept as a growable ring buffer in native memory.
#
# The elements live in _data[_head], _data[_head + 1], ... up to (not including) _data[_tail],
# all indexes modulo _capacity, which is always a power of two (so wrapping is a bit mask).
# _tail always points at a free slot: the buffer doubles as soon as it fills up, and (when
# _shrink is set) halves once the deque uses at most a quarter of it, never below _min_capacity.


alias _DEFAULT_CAPACITY = 64
"""Deque.default_capacity, also the default of its constructor's capacity arguments."""


struct Deque[ElementType: Copyable & Movable](Copyable, Movable, Sized, Boolable, Writable, Representable):
    alias default_capacity = _DEFAULT_CAPACITY
    """The capacity used when none (or a non-positive one) is given."""

    var _data: UnsafePointer[ElementType]
    var _head: Int
    var _tail: Int
    var _capacity: Int
    var _min_capacity: Int
    var _maxlen: Int
    """The most elements the deque holds (-1: unbounded); adding more drops from the other end."""
    var _shrink: Bool

    fn __init__(
        out self,
        *,
        var elements: Optional[List[ElementType]] = None,
        capacity: Int = _DEFAULT_CAPACITY,
        min_capacity: Int = _DEFAULT_CAPACITY,
        maxlen: Int = -1,
        shrink: Bool = True,
    ):
        """An empty deque (or one holding elements) with the given buffer policy."""
        var wanted = capacity
        if wanted <= 0:
            wanted = Self.default_capacity
        if maxlen > 0:
            self._maxlen = maxlen
            # one more slot than maxlen, since _tail must point at a free slot
            var bound = _next_power_of_two(maxlen + 1)
            if bound < wanted:
                wanted = bound
        else:
            self._maxlen = -1
        self._capacity = _next_power_of_two(wanted)
        var min_cap = min_capacity
        if min_cap <= 0:
            min_cap = Self.default_capacity
        self._min_capacity = _next_power_of_two(min_cap)
        self._shrink = shrink
        self._head = 0
        self._tail = 0
        self._data = UnsafePointer[ElementType].alloc(self._capacity)
        if elements:
            self.extend(elements.value())

    fn __init__(out self, var *values: ElementType, __list_literal__: () = ()):
        """A deque of the given values (also `var q: Deque[T] = [a, b]`), with the default buffer policy."""
        self = Self()
        for value in values:
            self.append(value)

    fn __copyinit__(out self, other: Self):
        """Copies of other's elements, from the start of a buffer of the same capacity."""
        self._capacity = other._capacity
        self._min_capacity = other._min_capacity
        self._maxlen = other._maxlen
        self._shrink = other._shrink
        self._data = UnsafePointer[ElementType].alloc(self._capacity)
        self._head = 0
        self._tail = len(other)
        for i in range(len(other)):
            (self._data + i).init_pointee_copy(other[i])

    fn __moveinit__(out self, deinit other: Self):
        self._data = other._data
        self._head = other._head
        self._tail = other._tail
        self._capacity = other._capacity
        self._min_capacity = other._min_capacity
        self._maxlen = other._maxlen
        self._shrink = other._shrink

    fn __del__(deinit self):
        for i in range(len(self)):
            (self._data + self._physical(i)).destroy_pointee()
        self._data.free()

    fn copy(self) -> Self:
        """A deque holding copies of the elements, with the same buffer policy."""
        return Self.__copyinit__(self)

    # ===--- size ---=== #

    fn __len__(self) -> Int:
        return (self._tail - self._head) & (self._capacity - 1)

    fn __bool__(self) -> Bool:
        return self._head != self._tail

    # ===--- element access ---=== #

    fn _physical(self, logical: Int) -> Int:
        """The buffer slot of the element at (non-negative) index logical."""
        return (self._head + logical) & (self._capacity - 1)

    fn __getitem__(ref self, idx: Int) -> ref [self] ElementType:
        """The element at idx; negative indexes count from the right end."""
        var n = len(self)
        var i = idx
        if i < 0:
            i += n
        return (self._data + self._physical(i))[]

    # ===--- iteration ---=== #

    fn __iter__(ref self) -> _DequeIter[ElementType]:
        """An iterator over the elements, left to right; the deque must not change while it runs."""
        return _DequeIter[ElementType](self._data, self._head, len(self), self._capacity, True)

    fn __reversed__(ref self) -> _DequeIter[ElementType]:
        """An iterator over the elements, right to left."""
        return _DequeIter[ElementType](self._data, self._head, len(self), self._capacity, False)

    fn peek(self) raises -> ElementType:
        """The rightmost element; raises if the deque is empty."""
        if not self:
            raise Error("peek: deque is empty")
        return self[-1]

    fn peekleft(self) raises -> ElementType:
        """The leftmost element; raises if the deque is empty."""
        if not self:
            raise Error("peekleft: deque is empty")
        return self[0]

    # ===--- adding ---=== #

    fn append(mut self, var value: ElementType):
        """Adds value at the right end (dropping the leftmost element when at maxlen)."""
        if self._maxlen > 0 and len(self) == self._maxlen:
            (self._data + self._head).destroy_pointee()
            self._head = self._wrap(self._head + 1)
        (self._data + self._tail).init_pointee_move(value^)
        self._tail = self._wrap(self._tail + 1)
        if self._head == self._tail:  # full: _tail must point at a free slot
            self._grow()

    fn appendleft(mut self, var value: ElementType):
        """Adds value at the left end (dropping the rightmost element when at maxlen)."""
        if self._maxlen > 0 and len(self) == self._maxlen:
            self._tail = self._wrap(self._tail - 1)
            (self._data + self._tail).destroy_pointee()
        self._head = self._wrap(self._head - 1)
        (self._data + self._head).init_pointee_move(value^)
        if self._head == self._tail:  # full: _tail must point at a free slot
            self._grow()

    fn extend(mut self, values: List[ElementType]):
        """Appends copies of values, in order; at maxlen, the leftmost elements (and then the
        first values) give way."""
        var skip = self._make_room(len(values), from_left=True)
        for i in range(skip, len(values)):
            self.append(values[i])

    fn extendleft(mut self, values: List[ElementType]):
        """Appends copies of values at the left end one by one (so they end up reversed); at
        maxlen, the rightmost elements (and then the first values) give way."""
        var skip = self._make_room(len(values), from_left=False)
        for i in range(skip, len(values)):
            self.appendleft(values[i])

    fn insert(mut self, idx: Int, var value: ElementType) raises:
        """Inserts value before index idx (clamped to the ends); raises if the deque is at maxlen."""
        var n = len(self)
        if self._maxlen > 0 and n == self._maxlen:
            raise Error("insert: deque is already at its maximum length")
        var i = idx
        if i < 0:
            i += n
            if i < 0:
                i = 0
        if i >= n:
            self.append(value^)
            return
        if i < n // 2:
            # shift the elements before i one slot to the left
            self._head = self._wrap(self._head - 1)
            for j in range(i):
                (self._data + self._physical(j + 1)).move_pointee_into(
                    (self._data + self._physical(j))
                )
            (self._data + self._physical(i)).init_pointee_move(value^)
        else:
            # shift the elements from i on one slot to the right
            var j = n
            while j > i:
                (self._data + self._physical(j - 1)).move_pointee_into(
                    (self._data + self._physical(j))
                )
                j -= 1
            (self._data + self._physical(i)).init_pointee_move(value^)
            self._tail = self._wrap(self._tail + 1)
        if self._head == self._tail:  # full: _tail must point at a free slot
            self._grow()

    # ===--- removing ---=== #

    fn pop(mut self) raises -> ElementType:
        """Removes and returns the rightmost element; raises if the deque is empty."""
        if not self:
            raise Error("pop: deque is empty")
        self._tail = self._wrap(self._tail - 1)
        var value = (self._data + self._tail).take_pointee()
        self._maybe_shrink()
        return value^

    fn popleft(mut self) raises -> ElementType:
        """Removes and returns the leftmost element; raises if the deque is empty."""
        if not self:
            raise Error("popleft: deque is empty")
        var value = (self._data + self._head).take_pointee()
        self._head = self._wrap(self._head + 1)
        self._maybe_shrink()
        return value^

    fn clear(mut self):
        """Removes all elements and goes back to the minimum capacity."""
        for i in range(len(self)):
            (self._data + self._physical(i)).destroy_pointee()
        self._data.free()
        self._capacity = self._min_capacity
        self._data = UnsafePointer[ElementType].alloc(self._capacity)
        self._head = 0
        self._tail = 0

    fn remove(mut self, value: ElementType) raises:
        """Removes the first element equal to value; raises if there is none."""
        var n = len(self)
        for i in range(n):
            if self[i] == value:
                (self._data + self._physical(i)).destroy_pointee()
                if i < n // 2:
                    # close the gap from the left
                    var j = i
                    while j > 0:
                        (self._data + self._physical(j - 1)).move_pointee_into(
                            (self._data + self._physical(j))
                        )
                        j -= 1
                    self._head = self._wrap(self._head + 1)
                else:
                    # close the gap from the right
                    for j in range(i, n - 1):
                        (self._data + self._physical(j + 1)).move_pointee_into(
                            (self._data + self._physical(j))
                        )
                    self._tail = self._wrap(self._tail - 1)
                self._maybe_shrink()
                return
        raise Error("remove: value not found in deque")

    # ===--- searching ---=== #

    fn __contains__(self, value: ElementType) -> Bool:
        for i in range(len(self)):
            if self[i] == value:
                return True
        return False

    fn count(self, value: ElementType) -> Int:
        """How many elements equal value."""
        var found = 0
        for i in range(len(self)):
            if self[i] == value:
                found += 1
        return found

    fn index(self, value: ElementType, start: Int = 0, stop: Optional[Int] = None) raises -> Int:
        """The index of the first element equal to value in [start, stop) (negative: from the right,
        clamped to the deque); raises if there is none."""
        var n = len(self)
        var begin = _clamp_index(start, n)
        var end = n
        if stop:
            end = _clamp_index(stop.value(), n)
        for i in range(begin, end):
            if self[i] == value:
                return i
        raise Error("index: value not found in deque")

    # ===--- reordering ---=== #

    fn reverse(mut self):
        """Reverses the elements in place."""
        var i = 0
        var j = len(self) - 1
        while i < j:
            var left = (self._data + self._physical(i)).take_pointee()
            (self._data + self._physical(j)).move_pointee_into(
                (self._data + self._physical(i))
            )
            (self._data + self._physical(j)).init_pointee_move(left^)
            i += 1
            j -= 1

    fn rotate(mut self, n: Int = 1):
        """Rotates n steps to the right (negative: to the left)."""
        if n >= 0:
            for _ in range(n):
                if not self:
                    return
                self.appendleft(self._take_right())
        else:
            for _ in range(-n):
                if not self:
                    return
                self.append(self._take_left())

    # ===--- comparison ---=== #

    fn __eq__(self, other: Self) -> Bool:
        if len(self) != len(other):
            return False
        for i in range(len(self)):
            if self[i] != other[i]:
                return False
        return True

    fn __ne__(self, other: Self) -> Bool:
        return not (self == other)

    # ===--- arithmetic ---=== #

    fn __add__(self, other: Self) -> Self:
        """The elements of both deques, with this deque's buffer policy."""
        var result = self.copy()
        result.extend(other._to_list())
        return result^

    fn __iadd__(mut self, other: Self):
        self.extend(other._to_list())

    fn __mul__(self, n: Int) -> Self:
        """The elements repeated n times, with this deque's buffer policy."""
        var result = self.copy()
        result *= n
        return result^

    fn __imul__(mut self, n: Int):
        if n <= 0:
            self.clear()
            return
        var original = self._to_list()
        for _ in range(n - 1):
            self.extend(original)

    # ===--- text ---=== #

    fn write_to[W: Writer](self, mut writer: W):
        writer.write("Deque(")
        for i in range(len(self)):
            if i > 0:
                writer.write(", ")
            writer.write(repr(self[i]))
        writer.write(")")

    fn __str__(self) -> String:
        var out = String("Deque(")
        for i in range(len(self)):
            if i > 0:
                out += ", "
            out += repr(self[i])
        return out + ")"

    fn __repr__(self) -> String:
        return self.__str__()

    # ===--- buffer management ---=== #

    fn _wrap(self, slot: Int) -> Int:
        """slot modulo the capacity (also for slot == -1)."""
        return slot & (self._capacity - 1)

    fn _take_left(mut self) -> ElementType:
        var value = (self._data + self._head).take_pointee()
        self._head = self._wrap(self._head + 1)
        return value^

    fn _take_right(mut self) -> ElementType:
        self._tail = self._wrap(self._tail - 1)
        return (self._data + self._tail).take_pointee()

    fn _to_list(self) -> List[ElementType]:
        """Copies of the elements, in order."""
        var result = List[ElementType]()
        for i in range(len(self)):
            result.append(self[i])
        return result^

    fn _make_room(mut self, count: Int, from_left: Bool) -> Int:
        """Prepares to add count elements at one end: at maxlen, drops elements from the other end
        (the left one if from_left) and returns how many of the new elements would be dropped too;
        then grows the buffer once so that they all fit."""
        var skip = 0
        var n = len(self)
        if self._maxlen > 0 and n + count > self._maxlen:
            var drop = n + count - self._maxlen
            if drop > n:
                skip = drop - n
                drop = n
            for _ in range(drop):
                if from_left:
                    (self._data + self._head).destroy_pointee()
                    self._head = self._wrap(self._head + 1)
                else:
                    self._tail = self._wrap(self._tail - 1)
                    (self._data + self._tail).destroy_pointee()
        var needed = len(self) + count - skip
        if needed >= self._capacity:
            var capacity = self._capacity
            while needed >= capacity:
                capacity <<= 1
            var kept = len(self)
            self._realloc(capacity, kept)
        return skip

    fn _grow(mut self):
        """Doubles the buffer once it is full."""
        var full = self._capacity
        self._realloc(full << 1, full)

    fn _maybe_shrink(mut self):
        """Halves the buffer once the deque uses at most a quarter of it."""
        if self._shrink and self._capacity > self._min_capacity and self._capacity // 4 >= len(self):
            var half = self._capacity >> 1
            self._realloc(half, len(self))

    fn _realloc(mut self, new_capacity: Int, count: Int):
        """Moves the count elements from _head on, in order, to the start of a new buffer."""
        var data = UnsafePointer[ElementType].alloc(new_capacity)
        for i in range(count):
            (data + i).init_pointee_move((self._data + self._physical(i)).take_pointee())
        self._data.free()
        self._data = data
        self._capacity = new_capacity
        self._head = 0
        self._tail = count


fn _next_power_of_two(n: Int) -> Int:
    """The smallest power of two >= n (1 for n <= 1)."""
    var p = 1
    while p < n:
        p <<= 1
    return p


fn _clamp_index(idx: Int, n: Int) -> Int:
    """idx (negative: from the right) clamped to [0, n]."""
    var i = idx
    if i < 0:
        i += n
    if i < 0:
        return 0
    if i > n:
        return n
    return i


struct _DequeIter[ElementType: Copyable & Movable](Copyable, Movable):
    """Walks the ring buffer of a deque by logical index, forward or backward."""

    var _data: UnsafePointer[ElementType]
    var _head: Int
    var _mask: Int
    var _index: Int
    var _remaining: Int
    var _forward: Bool

    fn __init__(out self, data: UnsafePointer[ElementType], head: Int, count: Int, capacity: Int, forward: Bool):
        self._data = data
        self._head = head
        self._mask = capacity - 1
        self._remaining = count
        self._forward = forward
        if forward:
            self._index = 0
        else:
            self._index = count - 1

    fn __iter__(self) -> Self:
        return self

    fn __has_next__(self) -> Bool:
        return self._remaining > 0

    fn __next_ref__(mut self) -> ref [self] ElementType:
        """The current element (where it is in the buffer), then steps on."""
        var slot = (self._head + self._index) & self._mask
        if self._forward:
            self._index += 1
        else:
            self._index -= 1
        self._remaining -= 1
        return (self._data + slot)[]

    fn __next__(mut self) -> ElementType:
        return self.__next_ref__()
