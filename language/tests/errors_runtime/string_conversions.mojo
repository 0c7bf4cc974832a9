# Int(s), Float64(s), atol and atof raise on malformed text: catchable, and fatal when uncaught.
def main():
    print(atol("77") + 1, atof("2.5") * 2, Int(" 42 "))
    var digits = String(12345)
    var total = 0
    for ch in digits.codepoint_slices():
        total += Int(ch)
    print(total)
    try:
        print(atol("x1"))
    except e:
        print("caught:", e)
    var label = String("kept")
    print(Float64("2.5.1"), label)  # (the stdlib reads 2.51)
    print(Float64("2x5"), label)
