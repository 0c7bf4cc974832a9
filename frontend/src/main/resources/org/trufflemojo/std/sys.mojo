# The sys module: the program's arguments and exit. size_of and align_of are provided by the compiler.


@intrinsic("sys.exit")
fn exit(code: Int = 0):
    """Ends the program with the exit code, after flushing its output."""
    ...


@intrinsic("sys.argv")
fn argv() -> List[String]:
    """The program's path, then its arguments."""
    ...
