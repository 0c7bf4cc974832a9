# A String compared with a literal (either side, == and !=) and `s += String(n)` (the digits
# written straight into s), through every kind of buffer s can have: inline, static, grown.


fn classify(c: String) -> String:
    if c == "7":
        return "seven"
    elif "," == c:
        return "comma"
    elif c != "":
        return "other"
    return "empty"


fn noisy(n: Int) -> Int:
    print("noisy", n)
    return n


fn main():
    var text = String("a7,")
    for k in range(len(text)):
        print(k, classify(text[k]))
    print(classify(String()))

    var word = String("héllo")
    print(word == "héllo", word != "héllo", word == "hello", "héllo" == word, "héll" == word)
    print(String("ab") == "abc", String("abc") == "ab", String("") == "", String("x") != "")

    var s = String()
    s += String(0)
    s += ","
    s += String(-5)
    s += ","
    s += String(12345)
    print(s, len(s))
    s += String(Int.MIN)
    s += "|"
    s += String(Int.MAX)
    print(s, len(s))

    var greeting = String("x:")
    greeting += String(noisy(42))
    print(greeting)

    # past the inline size, past a small block, and into megabytes (the buffer moves as it grows)
    var long = String()
    var expected = 0
    for i in range(300000):
        long += String(i % 1000)
        long += ","
        expected += len(String(i % 1000)) + 1
        if i == 5 or i == 300 or i == 299999:
            print(i, len(long) == expected, long[len(long) - 4 :])
    var commas = 0
    var sevens = 0
    for k in range(len(long)):
        var c = long[k]
        if c == ",":
            commas += 1
        elif c == "7":
            sevens += 1
    print(len(long), commas, sevens)
