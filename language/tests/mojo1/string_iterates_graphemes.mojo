from std.testing import assert_equal


def main():
    # Mojo 1.0 iterates a string by user-perceived characters (grapheme clusters): a letter with its
    # combining accent is one, so is a flag; codepoints() still gives the code points.
    var s = "e\u0301t\u00e9 \U0001F1EB\U0001F1F7!"
    var n = 0
    for c in s:
        n += 1
        print(c, len(c), end=" | ")
    print()
    var cps = 0
    for _ in s.codepoints():
        cps += 1
    print(n, cps, len(s.graphemes()))
