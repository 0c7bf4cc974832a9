# A variadic compile-time parameter pack named by a comptime alias, directly or as 1.x VariadicList(values).
from std.testing import assert_equal


fn sum_params[*values: Int]() -> Int:
    comptime list = VariadicList(values)
    comptime same = values
    var sum = 0
    for v in list:
        sum += v
    for v in same:
        sum += v
    return sum


comptime total = sum_params[1, 2, 3, 4, 5]()


def main():
    print(total, sum_params[10]())
