fn swap_names(mut a: String, mut b: String):
    var t = a
    a = b
    b = t


fn add(mut x: Int, y: Int):
    x += y


fn main():
    var s: String = "one"
    swap_names(s, s)
    var n = 1
    add(n, n)
    print(n)
