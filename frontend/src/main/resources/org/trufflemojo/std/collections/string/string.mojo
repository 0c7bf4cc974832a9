# collections.string.string: the module of Mojo's String. The methods of String itself are the
# compiler's and std/builtin/string.mojo's; this module holds the helpers its programs import.


fn _calc_initial_buffer_size_int64(n0: UInt64) -> Int:
    """The number of decimal digits of n0 (1 for 0): the bytes its text needs."""
    var digits = 1
    var n = n0
    while n >= 10:
        n //= 10
        digits += 1
    return digits


fn _calc_initial_buffer_size_int32(n0: Int) -> Int:
    """The number of decimal digits of n0 read as a UInt32 (its low 32 bits), as in the stdlib."""
    return _calc_initial_buffer_size_int64(UInt64(UInt32(n0)))
