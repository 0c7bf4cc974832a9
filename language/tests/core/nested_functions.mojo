fn outer(x: Int) -> Int:
    fn square(v: Int) -> Int:
        return v * v

    fn twice(v: Int) -> Int:
        return v + v

    return square(x) + twice(x)


def main():
    print(outer(3), outer(5))
