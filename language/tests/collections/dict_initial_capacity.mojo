# Dict(power_of_two_initial_capacity=n) reserves an index of n slots; _reserved() reports the size,
# which doubles when the dict fills up.
def main():
    var d = Dict[Int, String]()
    print(d._reserved())
    var x = Dict[Int, Int](power_of_two_initial_capacity=32)
    print(x._reserved(), len(x))
    for i in range(100):
        x[i] = i * i
    print(x._reserved() >= 128, len(x), x[99])
    var s = Dict[String, String](power_of_two_initial_capacity=16)
    s["a"] = "b"
    print(s._reserved(), s["a"])
