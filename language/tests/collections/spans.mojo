fn total(values: Span[Int]) -> Int:
    var sum = 0
    for v in values:
        sum += v
    return sum


def main():
    var nums = [1, 2, 3, 4]
    print(total(nums), total(Span(nums)))
    var view = Span(nums)
    view[0] = 10
    print(len(view), view[0], nums[0])
    span_methods()


fn span_methods() raises:
    var a = InlineArray[Int, 4](1, 2, 3, 4)
    var s = Span[Int](array=a)
    s[0] = 10
    print(a[0])
    var l = [5, 6, 7]
    var t = Span(l)
    t.fill(0)
    print(l)
    var words = ["a", "b", "c"]
    var w = Span(words)
    w.swap_elements(0, 2)
    print(words)
    try:
        w.swap_elements(0, 3)
    except e:
        print(e)

    var arr = InlineArray[String, 2]("x", "y")
    var from_array = Span[String](arr)
    var strings: List[String] = ["x", "y"]
    var from_list = Span(strings)
    print(from_array == from_list, from_array != from_list[:1])
