# An alias tuple of DTypes: len() of it is a compile-time Int, and dtypes[i] with a
# @parameter-for index is a DType again, usable as a compile-time argument.
fn describe[dt: DType]():
    print(dt, Scalar[dt](3) + 1)


def main():
    alias dtypes = (DType.int64, DType.float32, DType.uint8)
    print(len(dtypes))
    var count = 0

    @parameter
    for i in range(len(dtypes)):
        describe[dtypes[i]]()
        count += 1
    print(count)
