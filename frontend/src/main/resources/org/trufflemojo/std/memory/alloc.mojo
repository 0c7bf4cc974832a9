# memory.alloc (Mojo 1.x): allocations that know their layout. alloc(layout) gives an Allocation
# that must be given back with dealloc; into_thin() keeps only the address (a ThinAllocation, which
# needs its layout again to be freed: unsafe_with_layout). The memory itself is native memory from
# UnsafePointer's allocator, so the checked-memory mode catches a leak or a double free.


struct Layout[T: AnyType](Copyable, Movable):
    """How many values of T an allocation holds."""

    var count: Int

    fn __init__(out self, *, count: Int):
        self.count = count

    @staticmethod
    fn single() -> Self:
        """The layout of one value."""
        return Self(count=1)


struct Allocation[T: AnyType](Movable):
    """Native memory for `count` values of T, owned until it is given to dealloc."""

    var _ptr: UnsafePointer[T]
    var _count: Int

    fn __init__(out self, *, unsafe_ptr: UnsafePointer[T], count: Int):
        self._ptr = unsafe_ptr
        self._count = count

    fn unsafe_ptr(self) -> UnsafePointer[T]:
        """The address of the first value (the values are uninitialized until written)."""
        return self._ptr

    fn layout(self) -> Layout[T]:
        return Layout[T](count=self._count)

    fn into_thin(deinit self) -> ThinAllocation[T]:
        """The same memory, keeping only its address."""
        return ThinAllocation[T](unsafe_assume_ownership=self._ptr)

    fn unsafe_leak(deinit self) -> UnsafePointer[T]:
        """Gives up ownership: the memory stays allocated until something frees it."""
        return self._ptr


struct ThinAllocation[T: AnyType](Movable):
    """An allocation known by its address only; unsafe_with_layout makes it an Allocation again."""

    var _ptr: UnsafePointer[T]

    fn __init__(out self, *, unsafe_assume_ownership: UnsafePointer[T]):
        self._ptr = unsafe_assume_ownership

    fn unsafe_ptr(self) -> UnsafePointer[T]:
        return self._ptr

    fn unsafe_with_layout(deinit self, layout: Layout[T]) -> Allocation[T]:
        """The allocation again, with the layout it was made with."""
        return Allocation[T](unsafe_ptr=self._ptr, count=layout.count)


fn alloc[T: AnyType](layout: Layout[T]) -> Allocation[T]:
    """Allocates native memory for layout.count values of T."""
    return Allocation[T](unsafe_ptr=UnsafePointer[T].alloc(layout.count), count=layout.count)


fn alloc[T: AnyType](count: Int, *, alignment: Int = 0) -> UnsafePointer[T]:
    """Native memory for count (uninitialized) values of T; the pointer's free() releases it."""
    return UnsafePointer[T].alloc(count)


fn dealloc[T: AnyType](var allocation: Allocation[T]):
    """Frees an allocation (its values must have been destroyed or moved out)."""
    allocation.unsafe_ptr().free()
