# Found by the fuzzer (a `^` added): an ArcPointer moved into the receiver of its count() was held in
# a temporary whose slot its read overwrote with a number, and destroying it crashed.
def main():
    var p = ArcPointer(1)
    var shares = List[__type_of(p)]()
    shares.append(p)
    print(shares[0][], p^.count())
    var s = String("ab")
    print(s^.upper())
