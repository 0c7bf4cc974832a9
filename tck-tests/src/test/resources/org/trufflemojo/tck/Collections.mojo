fn main():
    var words = List[String]()
    for w in ["pear", "fig", "apple"]:
        words.append(w)
    var lengths = Dict[String, Int]()
    for w in words:
        lengths[w] = len(w)
    var total = 0
    for e in lengths.items():
        total += e.value
    if total != 12 or len(lengths) != 3:
        print("wrong")
