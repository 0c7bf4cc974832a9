# An Optional's value read into a variable only when it holds one, from a function that another
# one calls too. (With --engine.CompileImmediately this crashed the JVM through Truffle's argument-
# type speculation, which bin/check-compiled.sh therefore turns off; with any call threshold, even
# 1, and interpreted, it runs right.)
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
