from collections import Dict


def main():
    var ages = Dict[String, Int]()
    ages["alice"] = 30
    ages["bob"] = 25
    ages["alice"] = 31
    print(len(ages), ages["alice"], ages["bob"], "bob" in ages, "carol" in ages)
    ages["bob"] += 1
    for name in ages:
        print(name, ages[name])
    for e in ages.items():
        print(e.key, "->", e.value)
    print(ages.get("carol").or_else(-1), ages.get("alice").value(), ages.get("zed", 99))
    print(ages.pop("alice"), len(ages))
    try:
        print(ages["nobody"])
    except e:
        print("error:", e)
    var squares = {1: 1, 2: 4, 3: 9}
    print(squares.__str__(), String(ages))
    var keys = squares.keys()
    var values = squares.values()
    print(keys.__str__(), values.__str__())
    var copy = ages
    copy["new"] = 1
    print(len(ages), len(copy))
