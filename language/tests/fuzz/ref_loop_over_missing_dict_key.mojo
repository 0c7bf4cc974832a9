# Found by the fuzzer: `for ref e in d[k]` with no k in d destroyed d twice on the way out (a crash of
# the interpreter); the KeyError now goes up as any other.
def main():
    var d = {"a" "b": [2]}
    for ref e in d["b"]:
        e += 10
