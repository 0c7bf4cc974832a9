fn add(a: Int, b: Int = 2) -> Int:
    return a + b


fn main():
    print(add(1, 2, 3))
    print(add())
    print(add(1, c=3))
    print(add("one"))
