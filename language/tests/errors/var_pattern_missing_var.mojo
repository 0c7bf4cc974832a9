def main():
    var e = 0
    (var d, e) = (1, 2)
    print(d, e)
