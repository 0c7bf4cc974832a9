fn area(w: Int, *, h: Int = 1) -> Int:
    return w * h


fn pos_only(a: Int, b: Int, /) -> Int:
    return a - b


def main():
    print(area(3), area(3, h=4), pos_only(5, 2))
