# Methods of OwnedPointer[T] and ArcPointer[T] (built-in boxes of one heap value), declared as
# functions whose first parameter is `self`. A box's value lives in native memory at its address.


@intrinsic("box.address")
fn unsafe_ptr[T: AnyType, //](self: OwnedPointer[T]) -> UnsafePointer[T]:
    """The address of the value (valid while the box lives)."""
    ...


@intrinsic("box.address")
fn unsafe_ptr[T: AnyType, //](self: ArcPointer[T]) -> UnsafePointer[T]:
    """The address of the shared value (valid while a share lives)."""
    ...


fn copy[T: AnyType, //](self: ArcPointer[T]) -> ArcPointer[T]:
    """One more share of the same value."""
    return self


@intrinsic("box.count")
fn count[T: AnyType, //](self: ArcPointer[T]) -> UInt64:
    """How many ArcPointers share the value."""
    ...


@intrinsic("box.release")
fn steal_data[T: AnyType, //](var self: OwnedPointer[T]) -> UnsafePointer[T]:
    """The box's memory, given up by the box: the caller destroys the value and frees the memory."""
    ...


fn take[T: AnyType, //](var self: OwnedPointer[T]) -> T:
    """The value, moved out of the box, whose memory is freed."""
    var address = self^.steal_data()
    var value = address.take_pointee()
    address.free()
    return value^
