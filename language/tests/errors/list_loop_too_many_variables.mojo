# A list loop takes one variable, or one per element of its tuples.
def main():
    for a, b in [1, 2, 3]:
        print(a, b)
