# x in a tuple compares x with the elements of its own type only (True is not 1 here).


def main():
    var c = (1, 0)
    var a = (123, True, String("x"))
    print(True in c, 1 in c, c.__contains__(0), String("x") in a, "y" in a, 123 in a, a.__contains__(False))
