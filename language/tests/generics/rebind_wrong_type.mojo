# rebind only confirms a type the value already has once parameters are known.
def main():
    var n = 3
    var s = rebind[String](n)
    print(s)
