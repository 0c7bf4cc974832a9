fn describe(x: Int) -> String:
    return "Int"


fn describe(x: Float64) -> String:
    return "Float64"


fn describe(x: String) -> String:
    return "String"


fn describe(x: Int, y: Int) -> String:
    return "two Ints"


fn describe(x: Bool) -> String:
    return "Bool"


def main():
    var f: Float64 = 2
    print(describe(1), describe(1.5), describe(f), describe("s"), describe(1, 2), describe(True))
