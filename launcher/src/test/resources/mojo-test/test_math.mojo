# A fixture of `mojo test` (test.sh): two passing tests, one failing, one helper that is not a test.
from testing import assert_equal, assert_true


def test_add():
    assert_equal(1 + 1, 2)


def test_wrong():
    assert_equal(2 * 2, 5, "arithmetic")


def helper() -> Int:
    return 3


def test_helper():
    assert_true(helper() == 3)
