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
        # the message names the file (as given to mojo), the line and the column of the call
        var text = String(e)
        print(text.startswith("AssertionError: Didn't raise at "), text.endswith("assert_raises.mojo:15:27"))
    try:
        with assert_raises(contains="zzz"):
            fail("boom")
    except e:
        print(e)  # an error without the text expected goes on up unchanged
