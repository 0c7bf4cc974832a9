# Calling a function value read from memory that never held one is a clear error, not a crash.
from memory import UnsafePointer


def main():
    var p = UnsafePointer[fn(Int) -> Int].alloc(1)
    print("allocated")
    var f = p[]
    print(f(1))
