fn bump(ref x: Int):
    x += 1


fn main():
    var n = 1
    ref alias = n
    bump(alias)
