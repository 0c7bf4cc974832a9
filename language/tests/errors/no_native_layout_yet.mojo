# Types without a native layout yet are rejected where they would have to live in native memory.
from sys import size_of


def main():
    var p = UnsafePointer[Error].alloc(1)
    print(size_of[Error]())
