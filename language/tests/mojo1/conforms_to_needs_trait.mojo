# conforms_to takes a type and a trait.
from std.testing import assert_equal


def main():
    print(conforms_to(Int, 3))
