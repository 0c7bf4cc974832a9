fn total(values: List[Int]) -> Int:
    var sum = 0
    for v in values:
        sum += v
    return sum


fn grow(mut values: List[Int], n: Int):
    for i in range(n):
        values.append(i)


fn main():
    var nums = [12, -7, 64]
    nums.append(-937)
    print(len(nums), nums[0], nums[-1], nums.pop(), len(nums))
    nums.insert(1, 5)
    nums.insert(-1, 6)
    nums.insert(100, 7)
    print(nums.__str__())
    nums[0] = 1
    nums[1] += 10
    print(nums.__str__(), total(nums), 64 in nums, 65 in nums, 65 not in nums)
    var copy = nums
    copy.append(99)
    print(len(nums), len(copy))
    grow(nums, 3)
    print(nums.__str__())
    nums.reverse()
    print(nums.__str__())
    nums.sort()
    print(nums.__str__())
    print(nums.pop(0), nums.__str__())
    nums.clear()
    print(len(nums), nums.__str__())
    var empty = List[Int]()
    for e in empty:
        print("never", e)
    else:
        print("empty loop done")
    var floats = List[Float64](1.5, 2.0)
    floats.extend([3.25, -1.0])
    print(floats.__str__())
    var flags = [True, False]
    print(flags.__str__(), String(flags))
    var words = ["cat", "aardvark", "dog"]
    words.sort()
    print(words.__str__(), "dog" in words)
    for w in words:
        print(w, len(w))
    var grid = [[11, 22], [33, 44]]
    grid[1].append(55)
    print(grid[0][1], grid[1][2], grid.__str__())
    var values = [1, 4, 7, 3, 6, 11]
    for ref value in values:
        if value % 2 != 0:
            value -= 1
    print(values.__str__())
    var inferred = List(1, 2, 3)
    print(inferred.__str__())
