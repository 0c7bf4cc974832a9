# An Optional's value read into a variable only when it holds one, from a function that another
# one calls too. (Compiled before its first call, this crashes the JVM: a known bug; the compiled
# golden run leaves it out. Interpreted and compiled after warm-up it runs right.)
fn has_value(x: Optional[Int], y: Optional[Int]) -> Bool:
    var r = False
    if y:
        var v = y.value()
        r = v == v
    return r


fn lacks_value(x: Optional[Int], y: Optional[Int]) -> Bool:
    return not has_value(x, y)


def main():
    var a = Optional(3)
    var b = Optional[Int](None)
    print(has_value(a, Optional(3)), lacks_value(a, Optional(4)), has_value(a, b))
