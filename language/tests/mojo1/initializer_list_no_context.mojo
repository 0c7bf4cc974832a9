# An initializer list takes its type from its context: without one it is an error.


def main():
    var p = {first = 1, second = 2}
    print("unreachable")
