# `mojo run suite_filters.mojo [--only NAME... | --skip NAME... | --skip-all]`: the module's tests, as
# the program's arguments choose them; the report on stdout, or (a test failed) raised as the error.
from testing import TestSuite, assert_equal


fn test_pass() raises:
    assert_equal(1, 1)


fn test_fail() raises:
    assert_equal(1, 2)


fn test_other() raises:
    pass


fn main() raises:
    TestSuite.discover_tests[__functions_in_module()]().run()
