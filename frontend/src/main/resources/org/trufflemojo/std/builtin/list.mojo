# Methods of the built-in List[T], declared as functions whose first parameter is `self: List[T]`;
# T is inferred from the list. The elements move in (`var`) and out (pop) as Mojo's List does.
# (InlineArray's few methods are checked by the compiler.)

from sys import sizeof


@intrinsic("list.append")
fn append[T: AnyType, //](mut self: List[T], var value: T):
    """Adds the value at the end."""
    ...


@intrinsic("list.pop")
fn pop[T: AnyType, //](mut self: List[T], i: Int = -1) -> T:
    """Removes the element at index i (the last by default) and returns it."""
    ...


@intrinsic("list.insert")
fn insert[T: AnyType, //](mut self: List[T], i: Int, var value: T):
    """Inserts the value before index i."""
    ...


@intrinsic("list.extend")
fn extend[T: AnyType, //](mut self: List[T], var other: List[T]):
    """Moves the other list's elements to the end (a list that is not transferred is copied first)."""
    ...


@intrinsic("list.clear")
fn clear[T: AnyType, //](mut self: List[T]):
    ...


@intrinsic("list.reverse")
fn reverse[T: AnyType, //](mut self: List[T]):
    ...


@intrinsic("list.sort")
fn sort[T: AnyType, //](mut self: List[T]):
    """Sorts numbers, Bools and Strings in ascending order."""
    ...


@intrinsic("list.reserve")
fn reserve[T: AnyType, //](mut self: List[T], new_capacity: Int):
    ...


@intrinsic("list.resize_uninit")
fn resize[T: AnyType, //](mut self: List[T], *, unsafe_uninit_length: Int):
    """Shrinks to unsafe_uninit_length elements, or grows with elements left for the caller to initialize."""
    ...


@intrinsic("list.del")
fn __del__[T: AnyType, //](var self: List[T]):
    """Destroys the list and its elements (`l^.__del__()`): the list, moved in, ends here."""
    ...


@intrinsic("list.resize")
fn resize[T: AnyType, //](mut self: List[T], new_size: Int, value: T):
    """Grows with copies of value, or shrinks, to new_size elements."""
    ...


@intrinsic("list.len")
fn __len__[T: AnyType, //](self: List[T]) -> Int:
    ...


@intrinsic("list.str")
fn __str__[T: AnyType, //](self: List[T]) -> String:
    ...


@intrinsic("list.copy")
fn copy[T: AnyType, //](self: List[T]) -> List[T]:
    ...


@intrinsic("list.contains")
fn __contains__[T: AnyType, //](self: List[T], value: T) -> Bool:
    ...


@intrinsic("list.count")
fn count[T: AnyType, //](self: List[T], value: T) -> Int:
    ...


@intrinsic("list.index")
fn _index[T: AnyType, //](self: List[T], value: T) raises -> Int:
    """The index of the first element equal to value; raises if there is none."""
    ...


fn index[T: AnyType, //](self: List[T], value: T, start: Int = 0, stop: Optional[Int] = None) raises -> Int:
    """The index of the first element equal to value in self[start:stop]; raises if there is none."""
    var size = len(self)
    if start == 0 and not stop:
        return _index(self, value)
    var first = start + size if start < 0 else start
    if first < 0:
        first = 0
    var end = size
    if stop:
        end = stop.value()
        if end < 0:
            end += size
        if end > size:
            end = size
    for i in range(first, end):
        if self[i] == value:
            return i
    raise Error("ValueError: Given element is not in list")


fn unsafe_get[T: AnyType, //](self: List[T], idx: Int) -> T:
    """The element at idx (a copy), without a bounds check in Mojo (here still checked)."""
    return self[idx]


fn unsafe_set[T: AnyType, //](mut self: List[T], idx: Int, var value: T):
    """Replaces the element at idx."""
    self[idx] = value^


fn shrink[T: AnyType, //](mut self: List[T], new_size: Int):
    """Drops the elements from new_size on."""
    while len(self) > new_size:
        _ = self.pop()


@intrinsic("list.eq")
fn __eq__[T: AnyType, //](self: List[T], other: List[T]) -> Bool:
    ...


@intrinsic("list.ne")
fn __ne__[T: AnyType, //](self: List[T], other: List[T]) -> Bool:
    ...


@intrinsic("list.unsafe_ptr")
fn unsafe_ptr[T: AnyType, //](self: List[T]) -> UnsafePointer[T]:
    """The address of the first element."""
    ...


@intrinsic("list.str")
fn __repr__[T: AnyType, //](self: List[T]) -> String:
    ...


fn extend[T: AnyType, //](mut self: List[T], elements: Span[T]):
    """Appends copies of the elements a span views."""
    self.reserve(len(self) + len(elements))
    for i in range(len(elements)):
        self.append(elements[i])


fn extend[dtype: DType, width: Int, //](mut self: List[Scalar[dtype]], value: SIMD[dtype, width], *, count: Int = width):
    """Appends the first count lanes of a SIMD vector."""
    for i in range(count):
        self.append(value[i])


fn byte_length[T: AnyType, //](self: List[T]) -> Int:
    """The size of the elements in bytes."""
    return len(self) * sizeof[T]()


# Methods of Span[T]. A span views elements that something else owns: its methods change those
# elements where they live (the span's own binding is read-only, as in Mojo, where the origin
# says whether they may change). A List's methods that only read also serve a span.


fn as_ref[T: AnyType, //](self: Span[T]) -> UnsafePointer[T]:
    """A pointer to the first element the span views (Mojo's Pointer, which has this representation here)."""
    return self.unsafe_ptr()


fn fill[T: AnyType, //](self: Span[T], value: T):
    """Every element becomes a copy of value."""
    for i in range(len(self)):
        self[i] = value


fn swap_elements[T: AnyType, //](self: Span[T], a: Int, b: Int) raises:
    """Exchanges the elements at a and b."""
    if a < 0 or b < 0 or a >= len(self) or b >= len(self):
        raise Error("index out of bounds")
    if a == b:
        return
    var tmp = self[a]
    self[a] = self[b]
    self[b] = tmp^


fn copy_from[T: AnyType, //](self: Span[T], other: Span[T]):
    """Copies the elements of a span of the same length over these."""
    for i in range(len(self)):
        self[i] = other[i]
