# Found by the fuzzer (a deleted `raise`): a function that returns Never but can end normally crashed
# its caller, which goes on as if the call could not come back.
def fail(message: String) raises -> Never:
    Error(message)


fn stop() -> Never:
    return


def checked_half(n: Int) raises -> Int:
    if n % 2 == 0:
        return n // 2
    fail("odd: " + String(n))


def main():
    try:
        print(checked_half(3))
    except e:
        print("failed:", e)
