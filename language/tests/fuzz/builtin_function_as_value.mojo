# Found by the fuzzer (a truncated call): a function of the runtime (sys.exit) named as a value crashed
# the compiler's back end, which has no code of its own for it.
from sys import exit


def main():
    exit
    var stop = exit
