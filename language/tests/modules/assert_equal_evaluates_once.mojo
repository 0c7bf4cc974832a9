# assert_equal compares its two values and shows them in its message: each is computed once.
from testing import assert_equal


fn next_list() -> List[Int]:
    print("next_list called")
    return [1, 2]


fn answer() -> Int:
    print("answer called")
    return 42


def main():
    assert_equal(answer(), 42)
    assert_equal(next_list(), [1, 2])
    try:
        assert_equal(next_list(), [1, 3])
    except e:
        print(e)
