fn changeit(read some: List[Int]) -> Int:
    some[0] = 100
    some.append(4)
    return len(some)


fn main():
    var l = [1, 2, 3]
    print(changeit(l))
