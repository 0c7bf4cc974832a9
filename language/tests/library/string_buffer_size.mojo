# collections.string.string: the digit counts the stdlib sizes number text with
# (_calc_initial_buffer_size_int32 reads its argument as a UInt32).
from collections.string.string import (
    _calc_initial_buffer_size_int32,
    _calc_initial_buffer_size_int64,
)


def main():
    print(_calc_initial_buffer_size_int32(0), _calc_initial_buffer_size_int32(9), _calc_initial_buffer_size_int32(10))
    print(_calc_initial_buffer_size_int32(999999999), _calc_initial_buffer_size_int32(4294967295))
    print(_calc_initial_buffer_size_int32(4294967296), _calc_initial_buffer_size_int32(-1))
    print(_calc_initial_buffer_size_int64(0), _calc_initial_buffer_size_int64(99), _calc_initial_buffer_size_int64(10000000000))
    print(_calc_initial_buffer_size_int64(18446744073709551615))
