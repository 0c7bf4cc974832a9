# Methods of UnsafePointer[T], declared as functions whose first parameter is `self: UnsafePointer[T]`.
# The pointee lives in native memory; nothing here checks that it was initialized.


@intrinsic("pointer.free")
fn free[T: AnyType, //](self: UnsafePointer[T]):
    """Releases the memory (the pointee must have been destroyed or moved out)."""
    ...


@intrinsic("pointer.store")
fn init_pointee_copy[T: AnyType, //](self: UnsafePointer[T], var value: T):
    """Initializes the pointee with (a copy of) value."""
    ...


@intrinsic("pointer.move_in")
fn init_pointee_move[T: AnyType, //](self: UnsafePointer[T], var value: T):
    """Initializes the pointee by moving value in."""
    ...


@intrinsic("pointer.store")
fn store[T: AnyType, //](self: UnsafePointer[T], var value: T):
    ...


@intrinsic("pointer.move_out")
fn take_pointee[T: AnyType, //](self: UnsafePointer[T]) -> T:
    """Moves the pointee out; the memory is left uninitialized."""
    ...


@intrinsic("pointer.take")
fn load[T: AnyType, //](self: UnsafePointer[T]) -> T:
    ...


@intrinsic("pointer.destroy_pointee")
fn destroy_pointee[T: AnyType, //](self: UnsafePointer[T]):
    ...


@intrinsic("pointer.offset")
fn offset[T: AnyType, //](self: UnsafePointer[T], idx: Int) -> UnsafePointer[T]:
    """The pointer idx elements further."""
    ...


@intrinsic("pointer.bitcast")
fn bitcast[T: AnyType, //, U: AnyType](self: UnsafePointer[T]) -> UnsafePointer[U]:
    """The same address, as a pointer to a U."""
    ...


fn load[dtype: DType, //, width: Int = 1, *, alignment: Int = 1, volatile: Bool = False, invariant: Bool = False](self: UnsafePointer[Scalar[dtype]], offset: Int = 0) -> SIMD[dtype, width]:
    """width consecutive scalars from self + offset, as one SIMD vector (memory is never cached here: every load is volatile;
    any alignment is accepted)."""
    var r = SIMD[dtype, width](self[offset])
    for i in range(1, width):
        r[i] = self[offset + i]
    return r


fn store[dtype: DType, width: Int, //, *, alignment: Int = 1, volatile: Bool = False](self: UnsafePointer[Scalar[dtype]], offset: Int, val: SIMD[dtype, width]):
    """The lanes of val written to self + offset, self + offset + 1, ..."""
    for i in range(width):
        self[offset + i] = val[i]


fn offset[T: AnyType, //](self: UnsafePointer[T], idx: UInt) -> UnsafePointer[T]:
    return self.offset(Int(idx))


fn __bool__[T: AnyType, //](self: UnsafePointer[T]) -> Bool:
    """Whether the pointer is not null."""
    return Int(self) != 0


fn __as_bool__[T: AnyType, //](self: UnsafePointer[T]) -> Bool:
    return Int(self) != 0


fn __int__[T: AnyType, //](self: UnsafePointer[T]) -> Int:
    """The address."""
    return Int(self)


fn __str__[T: AnyType, //](self: UnsafePointer[T]) -> String:
    """The address in hexadecimal: 0x0 for the null pointer."""
    var address = UInt(Int(self))
    if address == 0:
        return "0x0"
    var digits = String("")
    while address != 0:
        digits = "0123456789abcdef"[Int(address % 16)] + digits
        address //= 16
    return "0x" + digits


fn origin_cast[T: AnyType, //, mut: Bool = True](self: UnsafePointer[T]) -> UnsafePointer[T]:
    """The same address with another origin (which only the compiler's lifetime checks use)."""
    return self


fn init_pointee_explicit_copy[T: AnyType, //](self: UnsafePointer[T], value: T):
    """Initializes the pointee with value.copy()."""
    self.init_pointee_move(value.copy())


fn move_pointee_into[T: AnyType, //](self: UnsafePointer[T], dst: UnsafePointer[T]):
    """Moves the pointee into dst's (uninitialized) memory; self's is left uninitialized."""
    dst.init_pointee_move(self.load())  # one move: load takes the bits out, init_pointee_move moves them in


fn copy[T: AnyType, //](self: UnsafePointer[T]) -> UnsafePointer[T]:
    """An explicit copy: the same address."""
    return self


# The Mojo 1.x names of the pointer operations: every one that may be unsafe says so.


@intrinsic("pointer.offset")
fn unsafe_offset[T: AnyType, //](self: UnsafePointer[T], idx: Int) -> UnsafePointer[T]:
    """The pointer idx elements further."""
    ...


@intrinsic("pointer.store")
fn unsafe_write[T: AnyType, //](self: UnsafePointer[T], var value: T):
    """Writes value into the (uninitialized) pointee."""
    ...


@intrinsic("pointer.take")
fn unsafe_load[T: AnyType, //](self: UnsafePointer[T]) -> T:
    """A copy of the pointee."""
    ...


fn unsafe_load[dtype: DType, //, width: Int = 1](self: UnsafePointer[Scalar[dtype]], offset: Int = 0) -> SIMD[dtype, width]:
    """The width scalars from the pointee on, as one SIMD vector."""
    return self.load[width=width](offset)


@intrinsic("pointer.move_out")
fn unsafe_take_pointee[T: AnyType, //](self: UnsafePointer[T]) -> T:
    """Moves the pointee out, leaving its memory uninitialized."""
    ...


@intrinsic("pointer.destroy_pointee")
fn unsafe_deinit_pointee[T: AnyType, //](self: UnsafePointer[T]):
    """Destroys the pointee, leaving its memory uninitialized."""
    ...


fn unsafe_free[T: AnyType, //](self: UnsafePointer[T]):
    """Releases the memory (the pointee must have been destroyed or moved out)."""
    self.free()


fn unsafe_load[width: Int](self: UnsafePointer[Int], offset: Int = 0) -> SIMD[DType.index, width]:
    """The width Ints from the pointee on, as one SIMD vector (Int is a 64-bit index scalar)."""
    return self.bitcast[Scalar[DType.index]]().load[width=width](offset)
