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


@intrinsic("pointer.store")
fn init_pointee_move[T: AnyType, //](self: UnsafePointer[T], var value: T):
    """Initializes the pointee by moving value in."""
    ...


@intrinsic("pointer.store")
fn store[T: AnyType, //](self: UnsafePointer[T], var value: T):
    ...


@intrinsic("pointer.take")
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


fn load[dtype: DType, //, width: Int = 1](self: UnsafePointer[Scalar[dtype]], offset: Int = 0) -> SIMD[dtype, width]:
    """width consecutive scalars from self + offset, as one SIMD vector."""
    var r = SIMD[dtype, width](self[offset])
    for i in range(1, width):
        r[i] = self[offset + i]
    return r


fn store[dtype: DType, width: Int, //](self: UnsafePointer[Scalar[dtype]], offset: Int, val: SIMD[dtype, width]):
    """The lanes of val written to self + offset, self + offset + 1, ..."""
    for i in range(width):
        self[offset + i] = val[i]
