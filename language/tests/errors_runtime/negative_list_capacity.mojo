# A negative List capacity is a clear error, not a crash.
def main():
    var n = -3
    print("before")
    var l = List[Int](capacity=n)
    print(len(l))
