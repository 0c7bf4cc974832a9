alias Pair[T: AnyType] = Tuple[T, T]
alias Grid[T: AnyType] = List[List[T]]


fn swap(p: Pair[Int]) -> Pair[Int]:
    return (p[1], p[0])


fn touch(x: Int) -> String:
    return "read"


fn touch(mut x: Int) -> String:
    x += 1
    return "mut"


def main():
    var p = swap((1, 2))
    print(p[0], p[1])
    var g: Grid[Int] = [[1, 2], [3]]
    print(len(g), len(g[0]))
    var n = 1
    print(touch(n), n, touch(5))
