from testing import assert_raises


fn fail(msg: String) raises:
    raise Error(msg)


def main():
    with assert_raises():
        fail("boom")
    with assert_raises(contains="oo"):
        fail("boom")
    print("both raised as expected")
    try:
        with assert_raises():
            print("no error here")
    except e:
        print(e)
    try:
        with assert_raises(contains="zzz"):
            fail("boom")
    except e:
        print(e)
