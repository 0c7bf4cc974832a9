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
