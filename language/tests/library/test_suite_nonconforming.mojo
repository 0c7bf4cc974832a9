# A `test_` function TestSuite cannot run (it takes an argument): discover_tests raises.
from testing import TestSuite


fn test_fine() raises:
    pass


fn test_needs_argument(x: Int) raises:
    pass


fn main() raises:
    TestSuite.discover_tests[__functions_in_module()]().run()
