# The condition of an assert statement must be a Bool.


def main():
    var name = "x"
    assert name, "a String is not a condition"
