# A nested function uses the enclosing function's aliases, also those whose values are not
# constants (a List, an InlineArray): it computes the same value where it uses one.


def main():
    alias n = 3
    alias table = InlineArray[Int, n](10, 20, 30)
    alias names = List[String]("a", "b", "c")

    @parameter
    fn lookup(i: Int) -> String:
        return names[i] + "=" + String(table[i])

    for i in range(n):
        print(lookup(i))
    print(table[n - 1] + len(names))
