fn keep(var s: String):
    pass


fn give(s: String):
    keep(s^)


fn main():
    give("x")
