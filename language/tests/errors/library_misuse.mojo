from os import getenv


@intrinsic("math.sqrt")
fn my_sqrt(x: Float64) -> Float64:
    ...


fn main():
    print(getenv("HOME", 3))
    print(getenv())
