def main():
    var s = "abc"
    print(s[char=1])
