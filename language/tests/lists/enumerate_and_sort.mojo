def main():
    var words = ["pear", "apple", "fig"]
    for i, w in enumerate(words):
        print(i, w)
    sort(words)
    print(words.__str__())
    var nums = [3, 1, 2]
    nums.sort()
    for i, n in enumerate(nums):
        print(i, n, end="; ")
    print()
