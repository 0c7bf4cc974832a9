# A TestSuite must end with run() (or abandon()): it is @explicit_destroy.
from testing import TestSuite


fn test_something() raises:
    pass


fn main():
    var suite = TestSuite()
    suite.test[test_something]()
