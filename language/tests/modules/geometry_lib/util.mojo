fn square(x: Float64) -> Float64:
    return x * x


fn main():
    print("not run when imported")
