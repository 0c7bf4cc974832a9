# Printing a List formats it into a temporary String, which must be freed after the print.
def main():
    var xs = [1, 2, 3]
    print(xs)
    var nested = [[1], [2, 3]]
    print(nested, "and", [True, False], [1.5])
    var names = List[String]("a", "b")
    print(names)
    print(String(nested) + "!")
    var s = String(xs)
    print(s, len(s))
    var d = Dict[String, Int]()
    d["a"] = 1
    var t = String(d)
    print(t)
    var u = String("lit")
    var v = String(u)
    u += "!"
    print(u, v, String(3), String(2.5), String(True))
