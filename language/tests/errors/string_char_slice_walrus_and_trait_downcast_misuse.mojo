def takes(x: Int) -> Int:
    return (x := 3)


def main():
    var s = "abc"
    print(s[codepoint=0:2:1])
    print(trait_downcast[Equatable](1, 2))
    print(trait_downcast[Int](1))
    print(trait_downcast[Equatable](List[Int]()))
