fn add_two(y: Int):
    y += 2
    y = 3


fn main():
    add_two(1)
