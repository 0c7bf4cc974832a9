# Mojo 1.x `comptime if`, `comptime for`, `comptime assert` and parametric comptime aliases.

comptime LIMIT = 3
comptime Double[n: Int]: Int = n * 2
comptime Pair[T: Copyable & ImplicitlyDeletable] = Tuple[T, T]


def describe[n: Int]() -> String:
    comptime assert n > 0, "n must be positive"
    comptime if n % 2 == 0:
        return "even"
    else:
        return "odd"


def main():
    comptime for i in range(LIMIT):
        print("round", i)
    print(describe[4](), describe[7]())
    comptime Square[x: Int] = x * x
    comptime nine = Square[3]
    print(nine, Double[5], Double[n=LIMIT])
    comptime Vec[dt: DType, wide: Bool = False] = SIMD[dt, (4 if wide else 2)]
    var v = Vec[DType.int32](1, 2)
    print(v)
    var p: Pair[Int] = (1, 2)
    print(p[0] + p[1])
    comptime if LIMIT > 5:
        print("big")
    elif LIMIT > 2:
        print("medium")
    else:
        print("small")
