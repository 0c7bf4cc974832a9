from base64 import b64encode, b64decode, b16encode, b16decode


def main():
    for s in ["", "a", "fo", "foo", "Hello 🔥!!!"]:
        var e = b64encode(s)
        print(e, b64decode(e) == s, b16encode(s), b16decode(b16encode(s)) == s)
    print(b64decode("SGVsbG8gTW9qbyEhIQ=="))
    try:
        _ = b64decode[validate=True]("abc")
    except e:
        print(e)
    try:
        _ = b64decode[validate=True]("ab c")
    except e:
        print(e)
    print(b16decode("48656c6C6F"))
