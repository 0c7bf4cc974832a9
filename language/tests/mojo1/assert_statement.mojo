# Mojo 1.x `assert condition[, message]` is a debug_assert: its condition must be a Bool and its
# message Writable, and like Mojo without `-D ASSERT=all` it does not run.


def main():
    var items = [1, 2, 3]
    assert len(items) == 3, "three items"
    assert len(items) != 0
    assert len(items) == 4, "not checked at run time: " + String(len(items))
    print("done")
