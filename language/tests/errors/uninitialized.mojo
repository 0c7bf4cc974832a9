fn pick(flag: Bool) -> Int:
    var x: Int
    if flag:
        x = 1
    return x


fn main():
    var y: Int
    print(y)
    print(pick(True))
