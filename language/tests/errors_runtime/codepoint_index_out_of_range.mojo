# A character index past the last character stops the program with the count of characters.
from std.testing import assert_equal


def main():
    var s = "h\u00e9llo"
    print(s[codepoint=1])
    print(s[codepoint=5])
