# The testing module: checks that raise an AssertionError when they fail.
# assert_equal, assert_not_equal and assert_raises are provided by the compiler.


fn _fail(msg: String) raises:
    raise Error("AssertionError: " + msg)


fn assert_true[T: Boolable, //](val: T, msg: String = "condition was unexpectedly False") raises:
    """Raises if val is not true."""
    if not val:
        _fail(msg)


fn assert_false[T: Boolable, //](val: T, msg: String = "condition was unexpectedly True") raises:
    """Raises if val is not false."""
    if val:
        _fail(msg)
