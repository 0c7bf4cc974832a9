# String(args) of a variadic pack `*args: *Ts` writes its values as if they were passed one by one;
# String.write(...) takes sep= and end= as String(...) does.


fn joined[*Ts: Writable](*args: *Ts) -> String:
    return String(args)


fn listed[*Ts: Writable](*args: *Ts) -> String:
    return String(args, sep=", ", end=".")


def main():
    print(joined(1, "-", 2.5, "-", True))
    print(listed("one", 2, 3.0))
    print(String.write("a", 1, sep=", "), String.write("x", "y", end="!"), String.write(7))
    print(String("message", 42, 42.2, True, sep=", "))
