# Found by the fuzzer: writing a Dict whose values cannot be written (Optional[Int] here) crashed at
# run time; like a List's, it is a compile error.
def main():
    var keys: List[String] = ["a", "b"]
    var d = Dict[_, Int].fromkeys(keys)
    print(d)
    print(d.__str__())
