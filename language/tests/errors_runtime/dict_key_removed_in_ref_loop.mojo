# Removing a key of the dict a `for ref v in d.values()` loop walks is a run-time error.
def main():
    var d: Dict[String, Int] = {}
    d["a"] = 1
    d["b"] = 2
    for ref v in d.values():
        v += 1
        if v == 2:
            _ = d.pop("b")
    print("not reached")
