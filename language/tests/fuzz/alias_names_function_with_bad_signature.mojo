# Found by the fuzzer: an alias naming a function whose signature has an error crashed the compiler.
alias SQUARES = squares()
alias CUBES = cubes


fn squares() -> []:
    pass


fn cubes(x: NoSuchType) -> Int:
    return x


def main():
    print(SQUARES)
