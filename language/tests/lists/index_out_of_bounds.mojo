fn main():
    var nums = [1, 2, 3]
    print(nums[3])
