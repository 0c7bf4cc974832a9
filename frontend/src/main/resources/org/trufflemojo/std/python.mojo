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

    @staticmethod
    fn none() raises -> PythonObject:
        """Python's None."""
        return Python.evaluate("None")

    @staticmethod
    fn list(*values: PythonObject) raises -> PythonObject:
        """A new Python list of the values (each converted to a PythonObject)."""
        var result = Python.evaluate("[]")
        for v in values:
            result.append(v)
        return result

    @staticmethod
    fn tuple(*values: PythonObject) raises -> PythonObject:
        """A new Python tuple of the values."""
        var items = Python.evaluate("[]")
        for v in values:
            items.append(v)
        return Python.import_module("builtins").tuple(items)

    @staticmethod
    fn dict(**entries: PythonObject) raises -> PythonObject:
        """A new Python dict of the keyword arguments."""
        var result = Python.evaluate("{}")
        for entry in entries.items():
            result[entry.key] = entry.value
        return result
