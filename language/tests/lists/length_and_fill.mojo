# List[T](length=n, fill=v) holds n copies of v; String elements are independent copies.
def main():
    var zeros = List[Int](length=4, fill=0)
    zeros[2] = 7
    print(zeros, len(zeros))
    var word = String("ab")
    var words = List[String](length=3, fill=word)
    words[0] += "!"
    print(words, word)
    var none = List[Float64](length=0, fill=1.5)
    print(len(none))
    var rows = List[List[Int]](length=2, fill=List[Int](length=2, fill=1))
    rows[1][0] = 9
    print(rows)
