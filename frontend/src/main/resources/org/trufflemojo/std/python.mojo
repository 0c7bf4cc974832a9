# The python module: Python from Mojo. Python values are PythonObjects, run by GraalPy, the Python of
# the polyglot context (it must be on the module path: `MOJO_PYTHON=1 ./mojo program.mojo`). Attribute
# access, calls, operators, indexing, len, print and the conversions Int(o), Float64(o), String(o),
# Bool(o) of a PythonObject are looked up at run time; a Python exception is a Mojo error with
# Python's message.

alias PythonObject = __PythonObject


@intrinsic("python.from_int")
fn _to_python(value: Int) -> PythonObject:
    ...


@intrinsic("python.from_float")
fn _to_python(value: Float64) -> PythonObject:
    ...


@intrinsic("python.from_bool")
fn _to_python(value: Bool) -> PythonObject:
    ...


@intrinsic("python.from_string")
fn _to_python(value: String) -> PythonObject:
    ...


struct Python:
    """The entry points to Python: its modules and its expressions."""

    @staticmethod
    @intrinsic("python.import_module")
    fn import_module(name: String) raises -> PythonObject:
        """The Python module of that name (`import name`)."""
        ...

    @staticmethod
    @intrinsic("python.evaluate")
    fn evaluate(code: String) raises -> PythonObject:
        """The value of a Python expression."""
        ...
