# Without GraalPy on the module path, the first use of Python says what to install.
from python import Python


def main():
    print("before")
    var math = Python.import_module("math")
    print(math.pi)
