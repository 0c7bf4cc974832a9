from testing import assert_equal


def test_upper():
    assert_equal(String("a").upper(), "A")
