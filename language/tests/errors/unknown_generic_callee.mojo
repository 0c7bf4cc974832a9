# Calling an unknown name with compile-time arguments names it, as any unknown name.
def main():
    print(undefined_helper[Int](3))
