# The comptime members of an instance of a parametric struct, read on its type: a value and a type.


struct Stack[T: Copyable]:
    comptime Element = Self.T
    comptime capacity = 1024


def main():
    print(Stack[Int].capacity)
    var e: Stack[Int].Element = 5
    print(e)
