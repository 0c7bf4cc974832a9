fn take(var s: String):
    pass


fn main():
    var owner: String = "owned"
    ref r = owner
    take(owner^)
    print(r)
