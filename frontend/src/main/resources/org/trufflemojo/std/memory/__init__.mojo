# memory: the pointer types are the compiler's; this module declares the functions over raw memory.

from sys import sizeof


@intrinsic("memory.copy_bytes")
fn _copy_bytes(dest: UnsafePointer[UInt8], src: UnsafePointer[UInt8], count: Int):
    ...


fn memcpy[T: AnyType, //](dest: UnsafePointer[T], src: UnsafePointer[T], count: Int):
    """Copies count values of type T from src to dest, bit for bit (the two must not overlap)."""
    _copy_bytes(dest.bitcast[UInt8](), src.bitcast[UInt8](), count * sizeof[T]())

from memory.alloc import Allocation, Layout, ThinAllocation, alloc, dealloc
from memory.maybe_uninitialized import UnsafeMaybeUninitialized
