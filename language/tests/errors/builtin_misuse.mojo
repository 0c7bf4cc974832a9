from math import inf


def main():
    var a = List[Int](length=3)
    var b = atol(3)
    var c = inf[DType.int32]()
