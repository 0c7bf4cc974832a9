# Resizing a List to a negative length is a clear error.
def main():
    var l = [1, 2]
    l.resize(-1, 0)
    print(l)
