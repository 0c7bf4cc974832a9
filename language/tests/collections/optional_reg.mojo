# OptionalReg (25.x) is an Optional.
from collections import OptionalReg


def main():
    var val: OptionalReg[Int] = None
    print(val.__bool__())
    val = 15
    print(val.__bool__(), val.value())
    print(OptionalReg[Int]().or_else(33), OptionalReg[Int](42).or_else(33))
    var a = OptionalReg(1)
    print(a is None)
