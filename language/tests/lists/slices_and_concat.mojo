def main():
    var nums = [0, 1, 2, 3, 4, 5]
    print(nums[1:3].__str__(), nums[:2].__str__(), nums[4:].__str__(), nums[::2].__str__(), nums[::-1].__str__(), nums[-2:].__str__())
    var words = ["a", "b"] + ["c"]
    print(words.__str__(), len(words))
    var tail = words[1:]
    tail[0] = "changed"
    print(words[1], tail[0])
