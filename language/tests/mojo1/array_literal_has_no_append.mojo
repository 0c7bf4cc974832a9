# In Mojo 1.0 `var xs = [1, 2]` is an Array: it cannot grow (write `var xs: List = [1, 2]`).
from std.testing import assert_equal


def main():
    var xs = [1, 2]
    xs.append(3)
