# A \x escape in a string literal is that one byte, even where the bytes are no valid UTF-8.
from base64 import b64encode


def main():
    print(len("\xc5f"), len("\x41\x7f"), len("\u00c5"))
    var s = String("\xc5f\xff")
    var p = s.unsafe_ptr()
    print(len(s), p[0], p[2])
    print("\xc3\xa9t\xc3\xa9")  # the UTF-8 bytes of "été"
    print(b64encode("\xc5f\xff}"))
