# The os module: the process environment.


@intrinsic("os.getenv")
fn getenv(name: String, default: String = "") -> String:
    """The value of the environment variable, or default if it is not set."""
    ...


@intrinsic("os.abort")
fn abort(message: String = ""):
    """Stops the program at once, reporting ABORT: message."""
    ...
