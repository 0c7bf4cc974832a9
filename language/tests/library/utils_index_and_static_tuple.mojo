# utils: StaticTuple and IndexList / Index; methods called with compile-time arguments
# (t.__setitem__[0](v), l.cast[DType.int32]()) and struct parameters given by keyword.
from utils import Index, IndexList, StaticTuple


def main():
    var t = StaticTuple[String, 3]("a", "b", "c")
    t[0] = "x"
    t.__setitem__[2]("z")
    print(t[0], t[1], t[2], len(t))
    var one = StaticTuple[Int, 1](7)
    print(one[0])

    var i = IndexList[3](1, -2, 3)
    var j: IndexList[3] = [1, -2, 3]
    print(i, i == j, i != IndexList[3](1, 2, 3), i[1])
    var narrow = IndexList[2, element_type = DType.int8](1, 300)
    print(narrow, narrow.cast[DType.int64]())
    print(Index(4, 5), Index[dtype = DType.uint32](1, 2, 3), Index(9))
