# List.index finds the first equal element or raises ValueError; the list still dies on the error path.
fn check(x: Int) raises -> Int:
    if x < 0:
        raise Error("negative")
    return x


def main():
    var nums = [5, 6, 7, 6]
    print(nums.index(6), ["a", "b"].index("b"))
    try:
        print(nums.index(9))
    except e:
        print("caught:", e)
    var f: fn(Int) raises -> Int = check
    var names = List[String]("a")
    try:
        print(f(-1), names[0])
    except e:
        print("caught:", e)
