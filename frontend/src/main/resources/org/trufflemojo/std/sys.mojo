# The sys module: the program's arguments and exit, and (from sys.info) what the target is.
# size_of, align_of, bit_width_of (and sizeof, alignof, bitwidthof) are provided by the compiler.
from sys.info import (
    CompilationTarget,
    is_x86,
    has_sse4,
    has_avx,
    has_avx2,
    has_avx512f,
    has_fma,
    has_vnni,
    has_neon,
    has_intel_amx,
    is_apple_silicon,
    os_is_linux,
    os_is_macos,
    os_is_windows,
    is_64bit,
    is_32bit,
    is_little_endian,
    is_big_endian,
    simd_bit_width,
    simd_byte_width,
)


@intrinsic("sys.exit")
fn exit(code: Int = 0):
    """Ends the program with the exit code, after flushing its output."""
    ...


@intrinsic("sys.argv")
fn argv() -> List[String]:
    """The program's path, then its arguments."""
    ...


fn has_accelerator() -> Bool:
    """Whether a GPU or other accelerator is there to run kernels: never here (programs run on the CPU)."""
    return False
