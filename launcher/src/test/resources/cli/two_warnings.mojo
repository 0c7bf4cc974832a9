# With --mojo-version=1: two deprecated spellings, so two warnings, each printed once.
alias N = 3


fn twice(n: Int) -> Int:
    return 2 * n


def main():
    print(twice(N))
