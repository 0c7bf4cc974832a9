fn area(w: Int, *, h: Int = 1) -> Int:
    return w * h


def main():
    print(area(3, 4))
