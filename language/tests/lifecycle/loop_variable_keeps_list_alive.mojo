# A loop variable views an element of the iterated (temporary) list, so the list lives as long
# as the variable is used, even when the body leaves the loop in its first iteration.
fn first_value(d: Dict[String, Int]) raises -> Int:
    for k in d.keys():
        var v = d[k]
        return v
    return -1


fn first_word(text: String) -> String:
    for w in text.split(" "):
        return w
    return ""


def main():
    var d = Dict[String, Int]()
    d["k"] = 4
    print(first_value(d), first_word("hello big world"))
    for w in String("a b").split(" "):
        print("word", w)
        break
