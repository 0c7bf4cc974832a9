# Python operations can raise Python's exceptions: a function using them must be able to raise.
from python import Python


fn main():
    var math = Python.import_module("math")
    print(math.pi)
