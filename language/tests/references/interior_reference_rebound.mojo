# References to list elements stay valid while the list keeps its size; a ref bound again after it grew is valid.
def main():
    var l: List[Int] = [1, 2]
    ref elem = l[0]
    elem += 5
    print(elem, l[0])
    l.append(3)
    ref again = l[2]
    print(again)
    for i in range(2):
        ref e2 = l[i]
        print(e2)
        l.append(i)
    var s: List[String] = ["a"]
    ref first = s[0]
    first += "!"
    s[0] = "b"
    print(first)
