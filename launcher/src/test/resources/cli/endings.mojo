# Each way a program can end (its argument picks one), after printing 20000 lines: every line must
# reach stdout, in order, also on a pipe; what went wrong goes to stderr. (Checked by test.sh.)
import sys
from os import abort
from memory import UnsafePointer


fn down(n: Int) -> Int:
    if n == 0:
        return 0
    return 1 + down(n - 1)


fn main() raises:
    var how = sys.argv()[1]
    if how == "interrupt":
        print("started", flush=True)
    for i in range(20000):
        print("line", i)
    if how == "error":
        raise Error("the program failed")
    elif how == "exit":
        sys.exit(4)
    elif how == "abort":
        abort("gave up")
    elif how == "stack":
        print(down(100000000))
    elif how == "memory":
        var p = UnsafePointer[Int].alloc(1 << 50)
        p.free()
    elif how == "interrupt":
        var i = 0
        while True:
            i += 1
