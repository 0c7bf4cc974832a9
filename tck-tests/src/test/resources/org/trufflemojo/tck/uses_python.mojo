# A Mojo program using Python as Mojo does: modules, expressions, attributes, calls with keyword
# arguments, operators, indexing, iteration, len, print, conversions back and Python's exceptions.
from python import Python, PythonObject


fn describe(o: PythonObject) raises -> String:
    return String(o) + " of type " + String(o.__class__.__name__)


def main():
    var math = Python.import_module("math")
    print(math.sqrt(16.0), math.pi)
    var x: PythonObject = 5
    var y = x * 3 + 1
    print(y, Int(y) + 1, Float64(y) / 2)
    var values = Python.evaluate("[3, 1, 2]")
    print(len(values), values[0], values[-1])
    var builtins = Python.import_module("builtins")
    print(builtins.sorted(values, reverse=True))
    var total = 0
    for v in values:
        total += Int(v)
    print("total", total)
    if values[1] == 1 and Bool(values):
        print("values[1] is 1")
    var name: PythonObject = "mojo"
    print(name.upper(), describe(name), describe(2.5))
    print(Python.evaluate("{'a': 1}")["a"], 2 in values)
    try:
        _ = math.sqrt(-1.0)
    except e:
        print("caught:", e)
    try:
        _ = builtins.int("twelve")
    except e:
        print("caught:", e)
    try:
        for v in Python.evaluate("5"):
            print(v)
    except e:
        print("caught:", e)
    try:
        _ = Python.evaluate("1 +")
    except e:
        print("caught:", e)
    var d = Python.evaluate("{}")
    d["k"] = -x
    var ns = Python.import_module("types").SimpleNamespace()
    ns.ratio = 2.5
    print(d, ~x, ns.ratio * 2)
    ns.ratio += 1
    d["k"] *= 2
    var made = Python.list(1, "two", x)
    made.append(Python.none())
    print(ns.ratio, d, made, Python.tuple(1, 2), Python.dict(a=1, b="c"), Python.evaluate("None"))
    var stored = List[PythonObject]()
    stored.append(made)
    stored.append(Python.evaluate("'kept'"))
    print(len(stored), stored[0][1], stored[1])
    _ = values.missing
