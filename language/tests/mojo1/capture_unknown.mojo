# A capture list names variables of the enclosing function.


def main():
    var x = 1

    def f() {imm y} -> Int:
        return x

    print(f())
