fn main():
    var x = (1 + 2
    print(x)
