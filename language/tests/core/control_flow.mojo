fn classify(n: Int) -> String:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


fn main():
    print(classify(-5), classify(0), classify(7), classify(100))
    var i = 0
    while i < 10:
        i += 1
        if i % 2 == 0:
            continue
        if i > 7:
            break
        print("odd", i)
    else:
        print("never printed: the loop broke")
    var j = 0
    while j < 3:
        j += 1
    else:
        print("while-else ran, j =", j)
    for k in range(3):
        print("k", k)
    for k in range(10, 0, -3):
        print("down", k)
    for k in range(2, 5):
        if k == 10:
            break
    else:
        print("for-else ran")
    for k in range(5):
        if k == 2:
            break
    else:
        print("not printed")
    var total = 0
    for a in range(4):
        for b in range(4):
            if b > a:
                break
            total += a * b
    print("total", total)
    if True: print("one-line if")
    var s = "big" if total > 10 else "small"
    print(s, 1 if False else 2)
    pass
