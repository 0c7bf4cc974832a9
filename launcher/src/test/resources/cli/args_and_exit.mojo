# `mojo run args_and_exit.mojo A B N`: prints the arguments after the program's path, exits with N.
from sys import argv, exit


fn main() raises:
    var args = argv()
    for i in range(1, len(args)):
        print(args[i])
    exit(Int(args[len(args) - 1]))
