# List, dict and set comprehensions: nested for clauses, if filters, names local to the comprehension.

def main():
    var xs = List[Int](1, 2, 3, 4, 5)
    var sq = [x * x for x in xs if x % 2 == 1]
    print(sq)
    var words = [String(i) + "!" for i in range(3)]
    print(words)
    var d = {String(k): k * 10 for k in range(3)}
    for e in d.items():
        print(e.key, e.value)
    var pairs = [i * 10 + j for i in range(3) for j in range(i)]
    print(pairs)
    var s = {x % 3 for x in xs}
    print(len(s))
    var names = List[String]("ann", "bob")
    var loud = [n.upper() for n in names if n != "bob"]
    print(loud, names)
    var x = 100
    var shadow = [x for x in range(2)]
    print(shadow, x)
