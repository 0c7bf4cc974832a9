# A string variable that starts as a literal and grows with `+=` must not change the literal
# for later evaluations (of the same literal, or of a one-byte string from indexing).
fn build(s: String) -> String:
    var r = String()
    r += s
    return r


fn from_literal(s: String) -> String:
    var r = ""
    r += s
    return r


def main():
    print(build("a"), build("b"), from_literal("c"), from_literal("d"))
    var word = String("xyz")
    for _ in range(2):
        var first = word[0]
        first += "!"
        print(first, word[0])
    var items = List[String]()
    for _ in range(2):
        items.append("k")
    items[0] += "+"
    print(items[0], items[1])
