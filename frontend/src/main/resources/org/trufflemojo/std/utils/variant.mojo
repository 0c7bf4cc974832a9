# utils.variant: Variant[*Ts], a tagged union holding a value of exactly one of the types Ts.
# (Here the held value lives in a native allocation of its own type, which the variant owns;
# _discr says which member type it is. Copying, moving and destroying a variant runs the held
# member's own __copyinit__, __moveinit__ and __del__, and no other member's.)

from os import abort
from sys.intrinsics import _type_is_eq


struct Variant[*Ts: Copyable & Movable](Copyable, Movable):
    """A value of one of the types Ts, with a run-time tag saying which."""

    alias _sentinel: Int = -1
    # the address of the held value (an UnsafePointer[Ts[_discr]]), or null when there is none
    var _data: UnsafePointer[UInt8]
    # the index in Ts of the held value's type, or _sentinel once it was taken out
    var _discr: Int

    @implicit
    fn __init__[T: Movable](out self, var value: T):
        """A variant holding value (T must be one of Ts)."""
        constrained[Self._check[T]() != Self._sentinel, "not a union element type"]()
        var ptr = UnsafePointer[T].alloc(1)
        ptr.init_pointee_move(value^)
        self._data = ptr.bitcast[UInt8]()
        self._discr = Self._check[T]()

    fn __copyinit__(out self, other: Self):
        """A variant holding a copy of other's value (made by its type's copy())."""
        self._data = UnsafePointer[UInt8]()
        self._discr = other._discr

        @parameter
        for i in range(len(VariadicList(Ts))):
            if other._discr == i:
                var ptr = UnsafePointer[Ts[i]].alloc(1)
                # (the copy is moved into place, as the stdlib's init_pointee_move does: one __moveinit__)
                var copy = other._get_ptr[Ts[i]]()[].copy()
                ptr.init_pointee_move(copy^)
                self._data = ptr.bitcast[UInt8]()

    fn __moveinit__(out self, owned other: Self):
        """A variant holding other's value, moved by its type's __moveinit__."""
        self._data = UnsafePointer[UInt8]()
        self._discr = other._discr

        @parameter
        for i in range(len(VariadicList(Ts))):
            if other._discr == i:
                var ptr = UnsafePointer[Ts[i]].alloc(1)
                other._get_ptr[Ts[i]]().move_pointee_into(ptr)
                self._data = ptr.bitcast[UInt8]()
        if other._data:
            other._data.free()

    fn __del__(owned self):
        """Destroys the held value (if it was not taken out)."""

        @parameter
        for i in range(len(VariadicList(Ts))):
            if self._discr == i:
                self._get_ptr[Ts[i]]().destroy_pointee()
        if self._data:
            self._data.free()

    fn copy(self) -> Self:
        """An explicit copy: a variant holding a copy of the value."""
        return self

    fn __getitem__[T: AnyType](ref self) -> ref [self] T:
        """The held value, which must be a T (the program aborts if it is not)."""
        if not self.isa[T]():
            abort("get: wrong variant type")
        return self.unsafe_get[T]()

    fn _get_ptr[T: AnyType](self) -> UnsafePointer[T]:
        constrained[Self._check[T]() != Self._sentinel, "not a union element type"]()
        return self._data.bitcast[T]()

    fn take[T: Movable](mut self) -> T:
        """Moves the held value, which must be a T, out of the variant."""
        if not self.isa[T]():
            abort("taking the wrong type!")
        return self.unsafe_take[T]()

    fn unsafe_take[T: Movable](mut self) -> T:
        """Moves the held value out without checking that it is a T."""
        # the value is gone: the variant's destructor must not destroy it again
        self._discr = Self._sentinel
        return self._get_ptr[T]().take_pointee()

    fn replace[Tin: Movable, Tout: Movable](mut self, var value: Tin) -> Tout:
        """Holds value instead, returning the old value, which must be a Tout."""
        if not self.isa[Tout]():
            abort("taking out the wrong type!")
        return self.unsafe_replace[Tin, Tout](value^)

    fn unsafe_replace[Tin: Movable, Tout: Movable](mut self, var value: Tin) -> Tout:
        """Holds value instead, returning the old value without checking that it is a Tout."""
        var x = self.unsafe_take[Tout]()
        self.set[Tin](value^)
        return x^

    fn set[T: Movable](mut self, var value: T):
        """Holds value instead, destroying the old value."""
        self = Self(value^)

    fn isa[T: AnyType](self) -> Bool:
        """Whether the held value is a T."""
        return self._discr == Self._check[T]()

    fn unsafe_get[T: AnyType](ref self) -> ref [self] T:
        """The held value, without checking that it is a T."""
        return self._get_ptr[T]()[]

    @staticmethod
    fn _check[T: AnyType]() -> Int:
        """The index of T in Ts, or _sentinel."""

        @parameter
        for i in range(len(VariadicList(Ts))):
            @parameter
            if _type_is_eq[Ts[i], T]():
                return i
        return Self._sentinel

    @staticmethod
    fn is_type_supported[T: AnyType]() -> Bool:
        """Whether T is one of the types the variant can hold."""
        return Self._check[T]() != Self._sentinel
