def main():
    print("before")
    var d = Dict[Int, Int](power_of_two_initial_capacity=12)
    print(len(d))
