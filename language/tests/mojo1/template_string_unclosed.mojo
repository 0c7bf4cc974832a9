# A replacement field of a template string must be closed.


def main():
    var n = 3
    print(t"n is {n")
