def main():
    var values = [10, 20, 30]
    var p = UnsafePointer(to=values[1])
    p[] = 21
    p[1] = 31
    print(values.__str__())
