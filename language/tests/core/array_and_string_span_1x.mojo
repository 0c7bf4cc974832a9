# Mojo 1.x names: Array (was InlineArray), StringSpan (a view of text), s[byte=i].

def main():
    var a = Array[Int, 3](fill=7)
    a[1] = 8
    print(len(a), a[0], a[1])
    var s = "hello"
    print(s[byte=1])
    var span: StringSpan = s
    print(span, len(span))
