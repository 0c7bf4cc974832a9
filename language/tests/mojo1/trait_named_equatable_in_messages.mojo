# 1.x names the trait as it spells it in messages: Equatable, not EqualityComparable.
from std.testing import assert_equal


def main():
    print(trait_downcast[Equatable](List[Int]()))
