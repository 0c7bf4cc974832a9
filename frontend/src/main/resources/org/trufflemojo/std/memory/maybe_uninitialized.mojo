# memory.maybe_uninitialized: UnsafeMaybeUninitialized[T], memory for one T that may or may not
# hold a value. Nothing tracks whether it does: the owner writes, reads and destroys the value
# explicitly, and dropping the wrapper never destroys it. (Here the memory is a native allocation
# of one element that the wrapper owns.)


struct UnsafeMaybeUninitialized[ElementType: AnyType](Copyable, Defaultable, Movable):
    var _ptr: UnsafePointer[ElementType]

    fn __init__(out self):
        """Uninitialized memory."""
        self._ptr = UnsafePointer[ElementType].alloc(1)

    fn __init__(out self, var value: ElementType):
        """Memory initialized with value (moved in)."""
        self._ptr = UnsafePointer[ElementType].alloc(1)
        self._ptr.init_pointee_move(value^)

    fn __copyinit__(out self, other: Self):
        """New uninitialized memory: a possibly uninitialized value is never copied implicitly."""
        self._ptr = UnsafePointer[ElementType].alloc(1)

    fn __moveinit__(out self, owned other: Self):
        """New uninitialized memory: a possibly uninitialized value is never moved implicitly."""
        self._ptr = UnsafePointer[ElementType].alloc(1)
        other._ptr.free()

    fn __del__(owned self):
        """Releases the memory without destroying a value it may hold."""
        self._ptr.free()

    fn copy_from(mut self, other: Self):
        """Initializes self with an explicit copy of other's value (which must be initialized)."""
        self.write(other.assume_initialized().copy())

    fn copy_from(mut self, other: ElementType):
        """Initializes self with an explicit copy of other."""
        self.write(other.copy())

    fn move_from(mut self, mut other: Self):
        """Moves other's value (which must be initialized) into self; other is left uninitialized."""
        self.move_from(other._ptr)

    fn move_from(mut self, other: UnsafePointer[ElementType]):
        """Moves the pointee into self; the pointee is left uninitialized."""
        other.move_pointee_into(self._ptr)

    fn write(mut self, var value: ElementType):
        """Initializes the memory with value, without destroying what it may hold."""
        self._ptr.init_pointee_move(value^)

    fn assume_initialized(ref self) -> ref [self] ElementType:
        """The value, which must be initialized."""
        return self._ptr[]

    fn _take_value(self) -> ElementType:
        """Moves the value (which must be initialized) out; the memory is left uninitialized."""
        return self._ptr.take_pointee()

    fn unsafe_ptr(self) -> UnsafePointer[ElementType]:
        """The address of the memory."""
        return self._ptr

    fn assume_initialized_destroy(mut self):
        """Destroys the value, which must be initialized; the memory is left uninitialized."""
        self._ptr.destroy_pointee()
