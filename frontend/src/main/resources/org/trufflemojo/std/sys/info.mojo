# sys.info: the target the program is compiled for. TruffleMojo runs on the JVM of an x86-64 Linux
# machine with AVX-512, and answers as Mojo does when it compiles for that host.
# (size_of, align_of, bit_width_of and their older names sizeof, alignof, bitwidthof are provided
# by the compiler.)


struct CompilationTarget:
    """What the compilation target is and which CPU features it has."""

    @staticmethod
    fn is_x86() -> Bool:
        return True

    @staticmethod
    fn has_sse4() -> Bool:
        return True

    @staticmethod
    fn has_avx() -> Bool:
        return True

    @staticmethod
    fn has_avx2() -> Bool:
        return True

    @staticmethod
    fn has_avx512f() -> Bool:
        return True

    @staticmethod
    fn has_fma() -> Bool:
        return True

    @staticmethod
    fn has_vnni() -> Bool:
        return True

    @staticmethod
    fn has_intel_amx() -> Bool:
        return False

    @staticmethod
    fn has_neon() -> Bool:
        return False

    @staticmethod
    fn has_neon_int8_dotprod() -> Bool:
        return False

    @staticmethod
    fn has_neon_int8_matmul() -> Bool:
        return False

    @staticmethod
    fn is_apple_m1() -> Bool:
        return False

    @staticmethod
    fn is_apple_m2() -> Bool:
        return False

    @staticmethod
    fn is_apple_m3() -> Bool:
        return False

    @staticmethod
    fn is_apple_m4() -> Bool:
        return False

    @staticmethod
    fn is_apple_silicon() -> Bool:
        return False

    @staticmethod
    fn is_neoverse_n1() -> Bool:
        return False

    @staticmethod
    fn is_linux() -> Bool:
        return True

    @staticmethod
    fn is_macos() -> Bool:
        return False

    @staticmethod
    fn is_windows() -> Bool:
        return False


fn is_x86() -> Bool:
    return True


fn has_sse4() -> Bool:
    return True


fn has_avx() -> Bool:
    return True


fn has_avx2() -> Bool:
    return True


fn has_avx512f() -> Bool:
    return True


fn has_fma() -> Bool:
    return True


fn has_vnni() -> Bool:
    return True


fn has_neon() -> Bool:
    return False


fn has_intel_amx() -> Bool:
    return False


fn is_apple_silicon() -> Bool:
    return False


fn os_is_linux() -> Bool:
    return True


fn os_is_macos() -> Bool:
    return False


fn os_is_windows() -> Bool:
    return False


fn is_64bit() -> Bool:
    return True


fn is_32bit() -> Bool:
    return False


fn is_little_endian() -> Bool:
    return True


fn is_big_endian() -> Bool:
    return False


fn simd_bit_width() -> Int:
    """The width of the target's widest vector registers, in bits (AVX-512)."""
    return 512


fn simd_byte_width() -> Int:
    return 64
