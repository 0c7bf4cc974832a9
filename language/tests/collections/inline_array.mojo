alias N = 4


def main():
    var a = InlineArray[Int, 3](1, 2, 3)
    var zeros = InlineArray[Float64, N](fill=0.0)
    zeros[2] = 2.5
    a[0] += 10
    print(len(a), a[0], a[-1], zeros[2], len(zeros))
    var total = 0
    for x in a:
        total += x
    print(total, 2 in a)
    var b = a
    b[1] = 99
    print(a[1], b[1])
    var names = InlineArray[String, 2]("x", "y")
    print(names[0] + names[1])
