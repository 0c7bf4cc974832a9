# TestSuite.test[f]() takes a function of type `fn() raises` (an alias in the library): another is
# rejected where it is given.
from testing import TestSuite


fn helper() -> Int:
    return 1


fn main() raises:
    var suite = TestSuite()
    suite.test[helper]()
    suite^.run()
