# A 1.x String is indexed by bytes, code points or grapheme clusters, each said explicitly.
from std.testing import assert_equal


def main():
    var s = "héllo wörld"
    print(s[byte=0], s[byte=0:5])
    print(s[codepoint=1], s[codepoint=0:5], s[codepoint=6:], s[codepoint=:2], s[codepoint=-5:])
    print(s.byte_length(), s.count_codepoints(), len(s.codepoints()), len(s.graphemes()))
    var e = "e\u0301x"  # e and a combining acute accent: two code points, one grapheme
    print(len(e.graphemes()), e.count_codepoints(), e[grapheme=0], e[grapheme=1], e[grapheme=0:2])
    print(e[codepoint=2], e[codepoint=1:3].byte_length())
    var word = String()
    for i in range(s.count_codepoints()):
        word += s[codepoint=s.count_codepoints() - 1 - i]
    print(word)
