fn bump(p: UnsafePointer[Int]):
    p[] += 1


def main():
    var counter = 41
    var p = UnsafePointer(to=counter)
    bump(p)
    print(counter, p[])
    counter = 7
    print(p[])
    var f = 1.5
    var q = UnsafePointer(to=f)
    q[] = 2.5
    print(f)
