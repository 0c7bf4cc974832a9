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
