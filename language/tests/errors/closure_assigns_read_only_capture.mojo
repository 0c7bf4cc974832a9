fn outer(n: Int) -> Int:
    @parameter
    fn bump():
        n += 1

    bump()
    return n

fn main():
    print(outer(1))
