# Methods of the built-in Optional[T], declared as functions whose first parameter is
# `self: Optional[T]`; T is inferred from the optional.


@intrinsic("optional.value")
fn value[T: AnyType, //](self: Optional[T]) -> T:
    """The value held; stops the program if there is none."""
    ...


@intrinsic("optional.value")
fn unsafe_value[T: AnyType, //](self: Optional[T]) -> T:
    ...


@intrinsic("optional.or_else")
fn or_else[T: AnyType, //](self: Optional[T], var default: T) -> T:
    """The value held, or default if there is none."""
    ...


@intrinsic("optional.is_some")
fn __bool__[T: AnyType, //](self: Optional[T]) -> Bool:
    """Whether a value is held."""
    ...


fn copied[T: Copyable, //](self: Optional[UnsafePointer[T]]) -> Optional[T]:
    """An Optional holding a copy of what the held pointer points to (empty if none is held)."""
    if self:
        return Optional[T](self.value()[])
    return Optional[T]()


@intrinsic("optional.copy")
fn copy[T: AnyType, //](self: Optional[T]) -> Optional[T]:
    """A copy of the optional (and of its value)."""
    ...


fn __eq__[T: EqualityComparable & Copyable & Movable, //](self: Optional[T], other: Optional[T]) -> Bool:
    """Both empty, or both holding equal values."""
    if self and other:
        return self.value() == other.value()
    return not self and not other


fn __ne__[T: EqualityComparable & Copyable & Movable, //](self: Optional[T], other: Optional[T]) -> Bool:
    return not self.__eq__(other)


fn take[T: Copyable & Movable, //](mut self: Optional[T]) -> T:
    """The value held, leaving the optional empty; stops the program if there is none."""
    var held = self.value()
    self = Optional[T]()
    return held^
