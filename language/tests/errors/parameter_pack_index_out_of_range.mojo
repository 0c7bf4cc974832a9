# A constant index past the end of a compile-time parameter pack is rejected where it is written.
fn pick[*values: Int]() -> Int:
    return values[3]


def main():
    print(pick[1, 2]())
