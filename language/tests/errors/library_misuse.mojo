from os import getenv


@intrinsic("math.sqrt")
fn my_sqrt(x: Float64) -> Float64:
    ...


@primitive("INT_ADD")
fn my_add(x: Int, y: Int) -> Int:
    ...


fn main():
    print(getenv("HOME", 3))
    print(getenv())
    print("x".find(3))
    print("x".strip(" ", "y"))
    print("x".nosuch())
    print("x".strip(chars=1))
    print("x".split(separator=","))
