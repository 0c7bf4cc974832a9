from collections import Optional


fn divmod_(a: Int, b: Int) -> Tuple[Int, Int]:
    return (a // b, a % b)


fn find(words: List[String], target: String) -> Optional[Int]:
    for i in range(len(words)):
        if words[i] == target:
            return i
    return None


fn describe(name: String, age: Int) -> (String, Int):
    return (name + "!", age + 1)


def main():
    var qr = divmod_(17, 5)
    print(qr[0], qr[1])
    q, r = divmod_(23, 7)
    print(q, r)
    var pair = describe("Ann", 30)
    print(pair[0], pair[1])
    n, a = describe("Bob", 40)
    print(n, a)
    var words = ["a", "b", "c"]
    var found = find(words, "b")
    if found:
        print("found at", found.value())
    var missing = find(words, "z")
    if not missing:
        print("missing is empty")
    print(missing is None, found is not None, missing.or_else(-1), found.or_else(-1))
    var maybe: Optional[String] = None
    print(maybe.or_else("default"))
    maybe = String("present")
    print(maybe.value(), maybe.or_else("default"))
    var opt = Optional[Int](5)
    print(opt.value(), opt[])
